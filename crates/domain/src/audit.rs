//! Security events kept in the audit log, visible to administrators.

/// What happened. Stored by its stable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    Logout,
    LogoutEverywhere,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    InvitationSent,
    InvitationAccepted,
    UserCreated,
    RolesChanged,
    UserDisabled,
    UserEnabled,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodeUsed,
    OrganisationSaved,
    PageSaved,
    BackupStarted,
    BackupDownloaded,
    MediaUploaded,
    ArticleDeleted,
    ServiceSaved,
    ServiceVerified,
    ServiceChangeProposed,
    ServiceChangeApproved,
    ServiceChangeRejected,
    DatasetSaved,
    DatasetUploaded,
    ChartSaved,
    ReportSaved,
    IntakeReceived,
    /// An action on an intake item: assigned, drafted, published, rejected,
    /// duplicate, accepted, note, withdrawn, edited (the detail says which).
    IntakeAction,
    /// Contacts or sender addresses of an organisation changed.
    OrganisationNetworkSaved,
    PersonDataExported,
    PersonDataErased,
}

impl AuditAction {
    pub const fn as_str(self) -> &'static str {
        match self {
            AuditAction::LoginSucceeded => "login.succeeded",
            AuditAction::LoginFailed => "login.failed",
            AuditAction::LoginThrottled => "login.throttled",
            AuditAction::Logout => "logout",
            AuditAction::LogoutEverywhere => "logout.everywhere",
            AuditAction::PasswordChanged => "password.changed",
            AuditAction::PasswordResetRequested => "password.reset_requested",
            AuditAction::PasswordReset => "password.reset",
            AuditAction::InvitationSent => "invitation.sent",
            AuditAction::InvitationAccepted => "invitation.accepted",
            AuditAction::UserCreated => "user.created",
            AuditAction::RolesChanged => "user.roles_changed",
            AuditAction::UserDisabled => "user.disabled",
            AuditAction::UserEnabled => "user.enabled",
            AuditAction::TwoFactorEnabled => "two_factor.enabled",
            AuditAction::TwoFactorDisabled => "two_factor.disabled",
            AuditAction::RecoveryCodeUsed => "two_factor.recovery_code_used",
            AuditAction::OrganisationSaved => "organisation.saved",
            AuditAction::PageSaved => "page.saved",
            AuditAction::BackupStarted => "backup.started",
            AuditAction::BackupDownloaded => "backup.downloaded",
            AuditAction::MediaUploaded => "media.uploaded",
            AuditAction::ArticleDeleted => "article.deleted",
            AuditAction::ServiceSaved => "service.saved",
            AuditAction::ServiceVerified => "service.verified",
            AuditAction::ServiceChangeProposed => "service.change_proposed",
            AuditAction::ServiceChangeApproved => "service.change_approved",
            AuditAction::ServiceChangeRejected => "service.change_rejected",
            AuditAction::DatasetSaved => "dataset.saved",
            AuditAction::DatasetUploaded => "dataset.uploaded",
            AuditAction::ChartSaved => "chart.saved",
            AuditAction::ReportSaved => "report.saved",
            AuditAction::IntakeReceived => "intake.received",
            AuditAction::IntakeAction => "intake.action",
            AuditAction::OrganisationNetworkSaved => "organisation.network_saved",
            AuditAction::PersonDataExported => "person_data.exported",
            AuditAction::PersonDataErased => "person_data.erased",
        }
    }
}

/// An event to record: who did it, to whom, from where.
#[derive(Debug, Clone)]
pub struct NewAuditEvent {
    pub action: AuditAction,
    /// The user who acted, when known.
    pub actor_id: Option<i64>,
    /// The user acted upon, when different.
    pub subject_id: Option<i64>,
    /// Client address as seen by the server.
    pub address: Option<String>,
    /// Free detail, such as the email tried or the roles set.
    pub detail: String,
}

/// A recorded event, for the administrators' log.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: i64,
    pub at: crate::time::Timestamp,
    pub action: String,
    pub actor_email: Option<String>,
    pub subject_email: Option<String>,
    pub address: Option<String>,
    pub detail: String,
}
