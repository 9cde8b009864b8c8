//! Accounts: the list, invitations, roles, disabling, reset links.

use agoral_domain::{
    accounts::{NewUser, Role, Roles, User, UserId},
    audit::AuditAction,
    lang::Lang,
    organisations::{Organisation, OrganisationId},
};
use askama::Template;
use axum::{
    extract::Query,
    response::{IntoResponse, Redirect, Response},
};

use crate::{
    accounts::password,
    admin::IdPath,
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    render::{Ctx, Shell, invalid, page},
    session::{Administrator, ClientAddress},
};

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    users: Vec<User>,
}

pub async fn list_users(
    ctx: Ctx,
    _admin: Administrator,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    page(&UsersPage {
        shell: ctx.shell("users-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        users: ctx.state.db.list_users().await?,
    })
}

/// The values of the user form as typed, for showing it again.
#[derive(Debug, Default, Clone)]
pub struct UserForm {
    pub email: String,
    pub display_name: String,
    pub organisation_id: String,
    pub locale: String,
    pub roles: Roles,
}

impl UserForm {
    fn from_fields(fields: &Fields) -> UserForm {
        UserForm {
            email: fields.get("email").to_owned(),
            display_name: fields.get("display_name").to_owned(),
            organisation_id: fields.get("organisation_id").to_owned(),
            locale: fields.get("locale").to_owned(),
            roles: fields
                .get_all("role")
                .into_iter()
                .filter_map(Role::parse)
                .collect(),
        }
    }

    fn from_user(user: &User) -> UserForm {
        UserForm {
            email: user.email.to_string(),
            display_name: user.display_name.clone(),
            organisation_id: user
                .organisation_id
                .map(|o| o.0.to_string())
                .unwrap_or_default(),
            locale: user.locale.code().to_owned(),
            roles: user.roles,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/user_form.html")]
struct UserFormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: UserForm,
    organisations: Vec<Organisation>,
    langs: [Lang; 4],
    role_choices: Vec<(Role, bool)>,
    editing: bool,
    disabled: bool,
    two_factor: bool,
    action: String,
}

async fn form_page(
    ctx: &Ctx,
    form: UserForm,
    errors: FormErrors,
    editing: Option<&User>,
) -> Result<UserFormPage, WebError> {
    Ok(UserFormPage {
        shell: ctx.shell(if editing.is_some() {
            "users-edit-title"
        } else {
            "users-invite"
        }),
        notice: None,
        errors,
        role_choices: Role::ALL
            .iter()
            .map(|r| (*r, form.roles.contains(*r)))
            .collect(),
        form,
        organisations: ctx.state.db.organisations().await?,
        langs: Lang::ALL,
        editing: editing.is_some(),
        disabled: editing.is_some_and(|u| u.disabled),
        two_factor: editing.is_some_and(|u| u.totp_enabled),
        action: editing
            .map(|u| format!("/admin/utenti/{}", u.id.0))
            .unwrap_or_else(|| "/admin/utenti/nuovo".to_owned()),
    })
}

pub async fn new_user(ctx: Ctx, _admin: Administrator) -> Result<Response, WebError> {
    let form = UserForm {
        locale: "it".into(),
        ..UserForm::default()
    };
    page(&form_page(&ctx, form, FormErrors::default(), None).await?)
}

/// Checks the organisation field against the organisations that exist.
async fn parse_organisation(
    ctx: &Ctx,
    value: &str,
    errors: &mut FormErrors,
) -> Result<Option<OrganisationId>, WebError> {
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i64>() {
        Ok(id)
            if ctx
                .state
                .db
                .organisation(OrganisationId(id))
                .await?
                .is_some() =>
        {
            Ok(Some(OrganisationId(id)))
        }
        _ => {
            errors.push("organisation_id", "error-choice-invalid");
            Ok(None)
        }
    }
}

pub async fn invite_user(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    fields: Fields,
) -> Result<Response, WebError> {
    let form = UserForm::from_fields(&fields);
    let mut errors = FormErrors::default();
    let organisation = parse_organisation(&ctx, &form.organisation_id, &mut errors).await?;
    let locale = Lang::from_code(&form.locale).unwrap_or_default();
    let parsed = NewUser::parse(
        &form.email,
        &form.display_name,
        organisation,
        form.roles,
        locale,
    );
    let new = match parsed {
        Ok(new) if errors.is_empty() => new,
        Ok(_) => return invalid(&form_page(&ctx, form, errors, None).await?),
        Err(field_errors) => {
            errors.0.extend(field_errors);
            return invalid(&form_page(&ctx, form, errors, None).await?);
        }
    };
    if ctx.state.db.email_taken(&new.email).await? {
        errors.push("email", "error-email-taken");
        return invalid(&form_page(&ctx, form, errors, None).await?);
    }
    let id = ctx.state.db.create_user(&new, None).await?;
    let user = ctx
        .state
        .db
        .user(id)
        .await?
        .ok_or_else(|| WebError::internal("user vanished"))?;
    password::send_invitation(&ctx.state, &user, &admin.user.display_name).await?;
    audit::record(
        &ctx.state,
        AuditAction::UserCreated,
        Some(admin.user.id.0),
        Some(id.0),
        address,
        new.roles.to_string(),
    )
    .await;
    audit::record(
        &ctx.state,
        AuditAction::InvitationSent,
        Some(admin.user.id.0),
        Some(id.0),
        address,
        "",
    )
    .await;
    Ok(Redirect::to("/admin/utenti?fatto=invitato").into_response())
}

async fn load(ctx: &Ctx, id: IdPath) -> Result<User, WebError> {
    ctx.state
        .db
        .user(UserId(id.0))
        .await?
        .ok_or(WebError::NotFound)
}

pub async fn edit_user(ctx: Ctx, _admin: Administrator, id: IdPath) -> Result<Response, WebError> {
    let user = load(&ctx, id).await?;
    page(
        &form_page(
            &ctx,
            UserForm::from_user(&user),
            FormErrors::default(),
            Some(&user),
        )
        .await?,
    )
}

pub async fn update_user(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let user = load(&ctx, id).await?;
    let mut form = UserForm::from_fields(&fields);
    form.email = user.email.to_string();
    let mut errors = FormErrors::default();
    let organisation = parse_organisation(&ctx, &form.organisation_id, &mut errors).await?;
    let display_name = agoral_domain::clean_text("display_name", &form.display_name, 1, 100, false)
        .map_err(|e| errors.0.push(e))
        .ok();
    if form.roles.is_empty() {
        errors.push("roles", "error-roles-required");
    }
    // Nobody locks themselves out of administration by accident.
    if user.id == admin.user.id && !form.roles.contains(Role::Administrator) {
        errors.push("roles", "error-own-admin-role");
    }
    let Some(display_name) = display_name.filter(|_| errors.is_empty()) else {
        return invalid(&form_page(&ctx, form, errors, Some(&user)).await?);
    };
    let locale = Lang::from_code(&form.locale).unwrap_or_default();
    ctx.state
        .db
        .update_profile(user.id, &display_name, organisation, locale)
        .await?;
    if form.roles != user.roles {
        ctx.state.db.set_roles(user.id, form.roles).await?;
        audit::record(
            &ctx.state,
            AuditAction::RolesChanged,
            Some(admin.user.id.0),
            Some(user.id.0),
            address,
            format!("{} → {}", user.roles, form.roles),
        )
        .await;
    }
    Ok(Redirect::to("/admin/utenti?fatto=salvato").into_response())
}

async fn set_disabled(
    ctx: Ctx,
    admin: Administrator,
    address: ClientAddress,
    id: IdPath,
    disabled: bool,
) -> Result<Response, WebError> {
    let user = load(&ctx, id).await?;
    if user.id == admin.0.user.id {
        return Err(WebError::Forbidden);
    }
    ctx.state.db.set_disabled(user.id, disabled).await?;
    let action = if disabled {
        AuditAction::UserDisabled
    } else {
        AuditAction::UserEnabled
    };
    audit::record(
        &ctx.state,
        action,
        Some(admin.0.user.id.0),
        Some(user.id.0),
        address.0,
        "",
    )
    .await;
    Ok(Redirect::to("/admin/utenti?fatto=salvato").into_response())
}

pub async fn disable_user(
    ctx: Ctx,
    admin: Administrator,
    address: ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    set_disabled(ctx, admin, address, id, true).await
}

pub async fn enable_user(
    ctx: Ctx,
    admin: Administrator,
    address: ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    set_disabled(ctx, admin, address, id, false).await
}

pub async fn send_password_reset(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    let user = load(&ctx, id).await?;
    if user.has_password {
        password::send_reset_link(&ctx.state, &user).await?;
        audit::record(
            &ctx.state,
            AuditAction::PasswordResetRequested,
            Some(admin.user.id.0),
            Some(user.id.0),
            address,
            "by administrator",
        )
        .await;
    } else {
        password::send_invitation(&ctx.state, &user, &admin.user.display_name).await?;
        audit::record(
            &ctx.state,
            AuditAction::InvitationSent,
            Some(admin.user.id.0),
            Some(user.id.0),
            address,
            "again",
        )
        .await;
    }
    Ok(Redirect::to("/admin/utenti?fatto=reimpostazione").into_response())
}

/// Switches off a user's two-factor login (lost phone and recovery codes).
/// Their sessions end; roles that require it must set it up again.
pub async fn reset_two_factor(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    let user = load(&ctx, id).await?;
    if user.id == admin.user.id {
        return Err(WebError::Forbidden);
    }
    ctx.state.db.disable_totp(user.id).await?;
    ctx.state.db.delete_sessions_of(user.id, None).await?;
    audit::record(
        &ctx.state,
        AuditAction::TwoFactorDisabled,
        Some(admin.user.id.0),
        Some(user.id.0),
        address,
        "reset by administrator",
    )
    .await;
    Ok(Redirect::to("/admin/utenti?fatto=due-fattori-reimpostati").into_response())
}
