//! Every route of AgorAL, in one place, grouped by audience. Each route
//! names its access rule (see [`crate::access`]); a test calls every route
//! as every role and checks the answers against these rules.

use agoral_domain::lang::Lang;
use axum::Router;

use agoral_domain::accounts::Role;

use crate::{
    access::{ADMINISTRATORS, Access, RouteInfo, Routes},
    accounts, admin, api, articles, health, intake, media, observatory, public, search, services,
    state::AppState,
};

/// Administrators and editors: the static pages.
const PAGE_EDITORS: Access = Access::Roles(&[Role::Administrator, Role::Editor]);

/// The redazione: editors and authors.
const REDAZIONE: Access = Access::Roles(agoral_domain::accounts::REDAZIONE);

/// The services directory's back office.
const DIRECTORY_EDITORS: Access = Access::Roles(&[Role::Administrator, Role::Editor]);

/// The directory's editors and the providers' contributors, who see only
/// their own organisation's services (checked in the handlers).
const DIRECTORY_DESK: Access =
    Access::Roles(&[Role::Administrator, Role::Editor, Role::Contributor]);

/// The Osservatorio's back office: analysts and administrators.
const ANALYSTS: Access = Access::Roles(&[Role::Administrator, Role::Analyst]);

/// Editors only: the magazine's sections and tags.
const EDITORS: Access = Access::Roles(&[Role::Editor]);

/// Partner accounts: press releases and good practices from the network.
const PARTNERS: Access = Access::Roles(&[Role::Contributor]);

/// Kept as a table, one route per line: formatting it otherwise would hide
/// the rules.
#[rustfmt::skip]
pub fn routes(state: AppState) -> (Router<AppState>, Vec<RouteInfo>) {
    let mut routes = Routes::new(state)
        // Operations: probes and metrics for the orchestrator and Prometheus.
        .get("/healthz", Access::Public, health::healthz)
        .get("/readyz", Access::Public, health::readyz)
        .get("/metrics", Access::Public, health::metrics)
        // For search engines.
        .get("/sitemap.xml", Access::Public, articles::feeds::sitemap)
        .get("/robots.txt", Access::Public, articles::feeds::robots)
        // Static files at fingerprinted addresses.
        .get("/static/{fingerprint}/{*path}", Access::Public, public::static_files::serve_static)
        // The description of the API and of the data downloads.
        .get("/api/openapi.json", Access::Public, api::openapi)
        // The whole services directory, for reuse.
        .get("/servizi.csv", Access::Public, services::export::services_csv)
        .get("/servizi.json", Access::Public, services::export::services_json)
        // A provider's one-click "still correct" link, sent by mail.
        .get("/servizi/conferma/{token}", Access::Public, services::freshness::show_confirm)
        .post("/servizi/conferma/{token}", Access::Public, services::freshness::submit_confirm)
        // The services directory as Open Referral HSDS 3.0.
        .get("/api/hsds", Access::Public, services::hsds::root)
        .get("/api/hsds/services", Access::Public, services::hsds::list_services)
        .get("/api/hsds/services/{id}", Access::Public, services::hsds::show_service)
        .get("/api/hsds/organizations", Access::Public, services::hsds::list_organisations)
        .get("/api/hsds/organizations/{id}", Access::Public, services::hsds::show_organisation)
        .get("/api/hsds/service_at_locations", Access::Public, services::hsds::list_service_at_locations)
        .get("/api/hsds/service_at_locations/{id}", Access::Public, services::hsds::show_service_at_location)
        .get("/api/hsds/locations", Access::Public, services::hsds::list_locations)
        .get("/api/hsds/locations/{id}", Access::Public, services::hsds::show_location)
        .get("/api/hsds/taxonomies", Access::Public, services::hsds::list_taxonomies)
        .get("/api/hsds/taxonomies/{id}", Access::Public, services::hsds::show_taxonomy)
        .get("/api/hsds/taxonomy_terms", Access::Public, services::hsds::list_taxonomy_terms)
        .get("/api/hsds/taxonomy_terms/{id}", Access::Public, services::hsds::show_taxonomy_term)
        // The Osservatorio's open data: the DCAT-AP_IT catalogue and the API.
        .get("/opendata/catalog.ttl", Access::Public, observatory::opendata::catalogue_turtle)
        .get("/opendata/catalog.rdf", Access::Public, observatory::opendata::catalogue_rdf_xml)
        .get("/opendata/catalog.jsonld", Access::Public, observatory::opendata::catalogue_json_ld)
        .get("/api/datasets", Access::Public, observatory::api::list_datasets)
        .get("/api/datasets/{slug}", Access::Public, observatory::api::show_dataset)
        .get("/api/datasets/{slug}/versions", Access::Public, observatory::api::list_versions)
        .get("/api/datasets/{slug}/rows", Access::Public, observatory::api::list_rows)
        // Good practices: their photos (only with the consent declared) and
        // the counts for the Osservatorio.
        .get("/buone-pratiche/foto/{id}", Access::Public, public::good_practice_list::serve_practice_photo)
        .get("/buone-pratiche/conteggi.csv", Access::Public, public::good_practice_list::practice_counts_csv)
        // Images of the media library: originals and variants.
        .get("/media/{*key}", Access::Public, media::serve_file);

    // The public site, in Italian at `/` and under each language's prefix.
    for lang in Lang::ALL {
        let p = lang.prefix();
        routes = routes
            .get(lang.home(), Access::Public, public::home::show_home)
            .get(&format!("{p}/segnala-un-problema"), Access::Public, public::problem_reports::show_problem_report_page)
            .post(&format!("{p}/segnala-un-problema"), Access::Public, public::problem_reports::submit_problem_report)
            .get(&format!("{p}/feed.xml"), Access::Public, articles::feeds::site_feed)
            .get(&format!("{p}/rss.xml"), Access::Public, articles::feeds::site_feed)
            .get(&format!("{p}/sezioni/{{slug}}/feed.xml"), Access::Public, articles::feeds::section_feed)
            .get(&format!("{p}/sezioni/{{slug}}/rss.xml"), Access::Public, articles::feeds::section_feed)
            .get(&format!("{p}/comuni/{{code}}/feed.xml"), Access::Public, articles::feeds::comune_feed)
            .get(&format!("{p}/comuni/{{code}}/rss.xml"), Access::Public, articles::feeds::comune_feed)
            .get(&format!("{p}/tag/{{slug}}/feed.xml"), Access::Public, articles::feeds::tag_feed)
            .get(&format!("{p}/tag/{{slug}}/rss.xml"), Access::Public, articles::feeds::tag_feed)
            .get(&format!("{p}/autori/{{slug}}/feed.xml"), Access::Public, articles::feeds::author_feed)
            .get(&format!("{p}/autori/{{slug}}/rss.xml"), Access::Public, articles::feeds::author_feed)
            .get(&format!("{p}/autori/{{slug}}"), Access::Public, articles::public::show_author)
            .get(&format!("{p}/archivio"), Access::Public, articles::public::show_archive)
            .get(&format!("{p}/cerca"), Access::Public, search::page::public_search)
            .get(&format!("{p}/servizi"), Access::Public, services::public::list_services)
            .get(&format!("{p}/servizi/mappa"), Access::Public, services::map::show_map)
            .get(&format!("{p}/servizi/{{id}}"), Access::Public, services::public::show_service)
            .get(&format!("{p}/osservatorio"), Access::Public, observatory::public::show_dashboard)
            .get(&format!("{p}/osservatorio/dati"), Access::Public, observatory::public::list_datasets)
            .get(&format!("{p}/osservatorio/dati/{{slug}}"), Access::Public, observatory::public::show_dataset)
            .get(&format!("{p}/osservatorio/dati/{{slug}}/dati.csv"), Access::Public, observatory::public::download_csv)
            .get(&format!("{p}/osservatorio/dati/{{slug}}/dati.json"), Access::Public, observatory::public::download_json)
            .get(&format!("{p}/osservatorio/dati/{{slug}}/versioni/{{number}}/dati.csv"), Access::Public, observatory::public::download_version_csv)
            .get(&format!("{p}/osservatorio/dati/{{slug}}/versioni/{{number}}/dati.json"), Access::Public, observatory::public::download_version_json)
            .get(&format!("{p}/osservatorio/grafici/{{slug}}"), Access::Public, observatory::public::show_chart)
            .get(&format!("{p}/osservatorio/grafici/{{slug}}/dati.csv"), Access::Public, observatory::public::chart_csv)
            .get(&format!("{p}/osservatorio/grafici/{{slug}}/dati.json"), Access::Public, observatory::public::chart_json)
            .get(&format!("{p}/osservatorio/grafici/{{slug}}/grafico.svg"), Access::Public, observatory::public::chart_svg)
            .get(&format!("{p}/embed/grafici/{{slug}}"), Access::Public, observatory::public::embed_chart)
            .get(&format!("{p}/osservatorio/rapporti"), Access::Public, observatory::report_pages::list_reports)
            .get(&format!("{p}/osservatorio/rapporti/{{slug}}"), Access::Public, observatory::report_pages::show_report)
            .get(&format!("{p}/osservatorio/rapporti/{{slug}}/documento.pdf"), Access::Public, observatory::report_pages::download_report)
            .get(&format!("{p}/buone-pratiche"), Access::Public, public::good_practice_list::list_good_practices)
            .get(&format!("{p}/buone-pratiche/segnala"), Access::Public, public::good_practices::show_good_practice_form)
            .post_streamed(&format!("{p}/buone-pratiche/segnala"), Access::Public, public::good_practices::submit_good_practice)
            .get(&format!("{p}/buone-pratiche/stato/{{token}}"), Access::Public, public::good_practice_status::show_practice_status)
            .post(&format!("{p}/buone-pratiche/stato/{{token}}"), Access::Public, public::good_practice_status::withdraw_practice)
            .get(&format!("{p}/buone-pratiche/{{id}}"), Access::Public, public::good_practice_list::show_good_practice)
            .get(&format!("{p}/organizzazioni/{{id}}"), Access::Public, public::organisations::show_organisation)
            .get(&format!("{p}/archivio/{{year}}/{{month}}"), Access::Public, articles::public::show_archive_month)
            .get(&format!("{p}/tag/{{slug}}"), Access::Public, articles::public::show_tag)
            .get(&format!("{p}/articoli/{{slug}}"), Access::Public, articles::public::show_article)
            .get(&format!("{p}/sezioni/{{slug}}"), Access::Public, articles::public::show_section)
            .get(&format!("{p}/comuni/{{code}}"), Access::Public, articles::public::show_comune)
            .get(&format!("{p}/{{slug}}"), Access::Public, public::pages::show_page);
        if lang != Lang::It {
            // `/en` without the slash goes to `/en/`.
            routes = routes.get(p, Access::Public, public::home::redirect_to_home);
        }
    }

    routes = routes
        // Login, second factor, logout, password reset and invitations.
        .get("/accedi", Access::Public, accounts::login::show_login)
        .post("/accedi", Access::Public, accounts::login::submit_login)
        .get("/accedi/verifica", Access::SecondFactorPending, accounts::two_factor::show_verify)
        .post("/accedi/verifica", Access::SecondFactorPending, accounts::two_factor::submit_verify)
        .post("/esci", Access::AnySession, accounts::login::logout)
        .get("/password/dimenticata", Access::Public, accounts::password::show_forgot_password)
        .post("/password/dimenticata", Access::Public, accounts::password::submit_forgot_password)
        .get("/password/reimposta/{token}", Access::Public, accounts::password::show_reset_password)
        .post("/password/reimposta/{token}", Access::Public, accounts::password::submit_reset_password)
        .get("/invito/{token}", Access::Public, accounts::password::show_invitation)
        .post("/invito/{token}", Access::Public, accounts::password::submit_invitation)
        // Every staff member's own account.
        .get("/account", Access::StaffSetup, accounts::account::show_account)
        .post("/account/password", Access::StaffSetup, accounts::account::change_password)
        .get("/account/due-fattori", Access::StaffSetup, accounts::two_factor::show_setup)
        .post("/account/due-fattori", Access::StaffSetup, accounts::two_factor::confirm_setup)
        .post("/account/due-fattori/disattiva", Access::Staff, accounts::two_factor::disable_two_factor)
        .post("/account/sessioni/chiudi", Access::Staff, accounts::account::logout_everywhere)
        .post("/account/arrivi", Access::Staff, accounts::account::set_intake_notify)
        // A form kept when its session expired, sent again after login.
        .get("/riprendi/{id}", Access::Staff, accounts::kept::show_kept)
        .post("/riprendi/{id}/scarta", Access::Staff, accounts::kept::discard_kept)
        .get("/account/autore", REDAZIONE, articles::authors::show_profile)
        .post("/account/autore", REDAZIONE, articles::authors::save_profile)
        .post("/account/autore/foto", REDAZIONE, articles::authors::set_photo)
        // The back office home, for every staff member.
        .get("/admin", Access::Staff, admin::dashboard::show_dashboard)
        // The magazine's desk: stories, the editor, the workflow, revisions.
        .get("/admin/articoli", REDAZIONE, articles::desk::list_desk)
        .get("/admin/cerca", REDAZIONE, search::page::desk_search)
        .get("/admin/articoli/nuovo", REDAZIONE, articles::desk::new_article)
        .post("/admin/articoli/nuovo", REDAZIONE, articles::desk::create_article)
        .get("/admin/articoli/{id}", REDAZIONE, articles::editor::edit_article)
        .post("/admin/articoli/{id}", REDAZIONE, articles::editor::save_article)
        .post("/admin/articoli/{id}/passaggio", REDAZIONE, articles::workflow::apply_transition)
        .get("/admin/articoli/{id}/revisioni", REDAZIONE, articles::revisions::list_revisions)
        .post("/admin/articoli/{id}/revisioni/{revision}", REDAZIONE, articles::revisions::restore_revision)
        .post("/admin/articoli/{id}/immagine", REDAZIONE, articles::editor::set_featured_image)
        .post("/admin/articoli/{id}/bozza", REDAZIONE, articles::editor::autosave)
        .get("/admin/articoli/{id}/elimina", EDITORS, articles::workflow::confirm_delete)
        .post("/admin/articoli/{id}/elimina", EDITORS, articles::workflow::delete_article)
        // Sections and tags in every language.
        .get("/admin/sezioni", EDITORS, articles::taxonomy::list_sections)
        .post("/admin/sezioni", EDITORS, articles::taxonomy::create_section)
        .get("/admin/sezioni/{id}", EDITORS, articles::taxonomy::edit_section)
        .post("/admin/sezioni/{id}", EDITORS, articles::taxonomy::update_section)
        .get("/admin/tag", EDITORS, articles::taxonomy::list_tags)
        .get("/admin/tag/{id}", EDITORS, articles::taxonomy::edit_tag)
        .post("/admin/tag/{id}", EDITORS, articles::taxonomy::update_tag)
        // The services directory.
        .get("/admin/servizi", DIRECTORY_DESK, services::desk::list_desk)
        .get("/admin/servizi/nuovo", DIRECTORY_DESK, services::desk::new_service)
        .post("/admin/servizi/nuovo", DIRECTORY_DESK, services::desk::create_service)
        .get("/admin/servizi/modifiche", DIRECTORY_EDITORS, services::changes::list_changes)
        .get("/admin/servizi/modifiche/{id}", DIRECTORY_EDITORS, services::changes::show_change)
        .post("/admin/servizi/modifiche/{id}/approva", DIRECTORY_EDITORS, services::changes::approve_change)
        .post("/admin/servizi/modifiche/{id}/rifiuta", DIRECTORY_EDITORS, services::changes::reject_change)
        .get("/admin/servizi/{id}", DIRECTORY_DESK, services::desk::edit_service)
        .post("/admin/servizi/{id}", DIRECTORY_DESK, services::desk::update_service)
        .post("/admin/servizi/{id}/verifica", DIRECTORY_DESK, services::desk::verify_service)
        // The Osservatorio: datasets, uploads, imports, charts and reports.
        .get("/admin/osservatorio", ANALYSTS, observatory::admin::list_datasets)
        .get("/admin/osservatorio/dati/nuovo", ANALYSTS, observatory::admin::new_dataset)
        .post("/admin/osservatorio/dati/nuovo", ANALYSTS, observatory::admin::create_dataset)
        .get("/admin/osservatorio/dati/{id}", ANALYSTS, observatory::admin::edit_dataset)
        .post("/admin/osservatorio/dati/{id}", ANALYSTS, observatory::admin::update_dataset)
        .post_streamed("/admin/osservatorio/dati/{id}/carica", ANALYSTS, observatory::admin::upload)
        .get("/admin/osservatorio/dati/{id}/anteprima/{token}", ANALYSTS, observatory::admin::show_preview)
        .post("/admin/osservatorio/dati/{id}/anteprima/{token}", ANALYSTS, observatory::admin::submit_preview)
        .get("/admin/osservatorio/dati/{id}/versioni/{number}", ANALYSTS, observatory::admin::show_version)
        .get("/admin/osservatorio/grafici/nuovo", ANALYSTS, observatory::charts::new_chart)
        .post("/admin/osservatorio/grafici/nuovo", ANALYSTS, observatory::charts::create_chart)
        .get("/admin/osservatorio/grafici/{id}", ANALYSTS, observatory::charts::edit_chart)
        .post("/admin/osservatorio/grafici/{id}", ANALYSTS, observatory::charts::update_chart)
        .get("/admin/osservatorio/rapporti", ANALYSTS, observatory::reports::list_reports)
        .get("/admin/osservatorio/rapporti/nuovo", ANALYSTS, observatory::reports::new_report)
        .post("/admin/osservatorio/rapporti/nuovo", ANALYSTS, observatory::reports::create_report)
        .get("/admin/osservatorio/rapporti/{id}", ANALYSTS, observatory::reports::edit_report)
        .post("/admin/osservatorio/rapporti/{id}", ANALYSTS, observatory::reports::update_report)
        // The media library.
        .get("/admin/arrivi", REDAZIONE, intake::queue::list_queue)
        .get("/admin/arrivi/{id}", REDAZIONE, intake::queue::show_item)
        .get("/admin/arrivi/{id}/allegati/{file}", REDAZIONE, intake::queue::download_attachment)
        .post("/admin/arrivi/{id}/{action}", REDAZIONE, intake::queue::act)
        .get("/admin/contributi", PARTNERS, intake::partner::list_submissions)
        .get("/admin/contributi/nuovo", PARTNERS, intake::partner::new_submission)
        .post("/admin/contributi/nuovo", PARTNERS, intake::partner::create_submission)
        .get("/admin/contributi/{id}", PARTNERS, intake::partner::show_submission)
        .post("/admin/contributi/{id}", PARTNERS, intake::partner::update_submission)
        .get("/admin/contributi/{id}/allegati/{file}", PARTNERS, intake::partner::download_own_attachment)

        .get("/admin/media", REDAZIONE, media::library::show_library)
        .post_streamed("/admin/media", REDAZIONE, media::library::upload)
        .get("/admin/media/{id}", REDAZIONE, media::library::show_media)
        .post("/admin/media/{id}", REDAZIONE, media::library::save_media)
        // Administration: accounts, organisations, pages, logs, backups.
        .get("/admin/utenti", ADMINISTRATORS, admin::users::list_users)
        .get("/admin/utenti/nuovo", ADMINISTRATORS, admin::users::new_user)
        .post("/admin/utenti/nuovo", ADMINISTRATORS, admin::users::invite_user)
        .get("/admin/utenti/{id}", ADMINISTRATORS, admin::users::edit_user)
        .post("/admin/utenti/{id}", ADMINISTRATORS, admin::users::update_user)
        .post("/admin/utenti/{id}/disattiva", ADMINISTRATORS, admin::users::disable_user)
        .post("/admin/utenti/{id}/riattiva", ADMINISTRATORS, admin::users::enable_user)
        .post("/admin/utenti/{id}/reimposta-password", ADMINISTRATORS, admin::users::send_password_reset)
        .post("/admin/utenti/{id}/reimposta-due-fattori", ADMINISTRATORS, admin::users::reset_two_factor)
        .get("/admin/organizzazioni", ADMINISTRATORS, admin::organisations::list_organisations)
        .get("/admin/organizzazioni/nuova", ADMINISTRATORS, admin::organisations::new_organisation)
        .post("/admin/organizzazioni/nuova", ADMINISTRATORS, admin::organisations::create_organisation)
        .get("/admin/organizzazioni/{id}", ADMINISTRATORS, admin::organisations::edit_organisation)
        .post("/admin/organizzazioni/{id}", ADMINISTRATORS, admin::organisations::update_organisation)
        .post("/admin/organizzazioni/{id}/feed", ADMINISTRATORS, intake::feed_admin::add_feed)
        .post("/admin/organizzazioni/{id}/feed/{feed}", ADMINISTRATORS, intake::feed_admin::update_feed)
        .post("/admin/organizzazioni/{id}/feed/{feed}/rimuovi", ADMINISTRATORS, intake::feed_admin::remove_feed)
        .post("/admin/organizzazioni/{id}/feed/{feed}/controlla", ADMINISTRATORS, intake::feed_admin::check_feed)
        .get("/admin/organizzazioni/{id}/rete", ADMINISTRATORS, admin::network::show_network)
        .post("/admin/organizzazioni/{id}/rete/{action}", ADMINISTRATORS, admin::network::change_network)
        .get("/admin/pagine", PAGE_EDITORS, admin::pages::list_pages)
        .get("/admin/pagine/nuova", PAGE_EDITORS, admin::pages::new_page)
        .post("/admin/pagine/nuova", PAGE_EDITORS, admin::pages::create_page)
        .get("/admin/pagine/{slug}/{lang}", PAGE_EDITORS, admin::pages::edit_page)
        .post("/admin/pagine/{slug}/{lang}", PAGE_EDITORS, admin::pages::update_page)
        .get("/admin/registro", ADMINISTRATORS, admin::audit::list_audit_events)
        .get("/admin/segnalazioni", ADMINISTRATORS, admin::problem_reports::list_problem_reports)
        .get("/admin/dati-personali", ADMINISTRATORS, admin::person_data::show_person_data)
        .post("/admin/dati-personali/esporta", ADMINISTRATORS, admin::person_data::export_person_data)
        .post("/admin/dati-personali/cancella", ADMINISTRATORS, admin::person_data::erase_person_data)
        .get("/admin/backup", ADMINISTRATORS, admin::backups::list_backups)
        .post("/admin/backup", ADMINISTRATORS, admin::backups::start_backup)
        .get("/admin/backup/file/{name}", ADMINISTRATORS, admin::backups::download_backup)
        .get("/admin/lavori/{id}", ADMINISTRATORS, admin::backups::show_job);

    routes.finish()
}
