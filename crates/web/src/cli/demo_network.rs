//! The demo's contributions network: contacts and verified senders of the
//! example organisations (never of the real public bodies, which are
//! listed by name only), and a few intake items so that the redazione's
//! queue, the public good practices and the organisation pages show what
//! they are for. Everything here is marked as an example and uses
//! `example.org` addresses. Loading twice adds nothing: the items carry a
//! source id, and a second delivery of the same id is a no-op.

use agoral_db::{
    Db,
    intake::{Extras, Inserted},
};
use agoral_domain::{
    accounts::Email,
    comuni::IstatCode,
    intake::{Channel, GoodPractice, ItemKind, NewItem, Sender},
    lang::Lang,
    organisations::{ContactInput, OrganisationId},
    services::taxonomy::TargetGroup,
    time::Timestamp,
};

const ASSOCIATION: &str = "Associazione di esempio per l'accoglienza (esempio)";
const COOPERATIVE: &str = "Cooperativa sociale di esempio (esempio)";
const SCHOOL: &str = "Scuola di italiano per adulti di esempio (esempio)";

/// (organisation, name, role, email, consent to be contacted, notes)
const CONTACTS: &[(&str, &str, &str, &str, bool, &str)] = &[
    (
        ASSOCIATION,
        "Referente di esempio",
        "Coordinamento dell'accoglienza",
        "referente@accoglienza.example.org",
        true,
        "Preferisce essere contattata via email.",
    ),
    (
        COOPERATIVE,
        "Ufficio stampa di esempio",
        "Comunicazione",
        "stampa@cooperativa.example.org",
        true,
        "",
    ),
    (
        SCHOOL,
        "Segreteria di esempio",
        "Segreteria didattica",
        "segreteria@scuola.example.org",
        false,
        "Solo per le iscrizioni ai corsi.",
    ),
];

/// (organisation, address or domain, is a domain)
const SENDERS: &[(&str, &str, bool)] = &[
    (ASSOCIATION, "accoglienza.example.org", true),
    (COOPERATIVE, "stampa@cooperativa.example.org", false),
    (SCHOOL, "scuola.example.org", true),
];

struct DemoItem {
    /// The source's id: what makes a second load a no-op.
    source_id: &'static str,
    channel: Channel,
    organisation: Option<&'static str>,
    to_verify: bool,
    title: &'static str,
    body: &'static str,
    comuni: &'static [&'static str],
    sender: (&'static str, &'static str),
    /// Days before now.
    days_ago: i64,
    practice: Option<DemoPractice>,
}

struct DemoPractice {
    runner: &'static str,
    targets: &'static [TargetGroup],
    period_start: &'static str,
    outcome: &'static str,
    /// Accepted into the public list.
    accepted: bool,
}

const ITEMS: &[DemoItem] = &[
    DemoItem {
        source_id: "<demo-corsi-2025@scuola.example.org>",
        channel: Channel::Mail,
        organisation: Some(SCHOOL),
        to_verify: false,
        title: "Esempio: aperte le iscrizioni ai corsi serali di italiano a Novi Ligure",
        body: "Sono aperte le iscrizioni ai corsi serali di italiano per adulti, dal livello A1 al B1.\n\nLe lezioni si tengono due sere a settimana nella sede della scuola, con un servizio di custodia per i bambini durante le lezioni.\n\nPer iscriversi basta presentarsi in segreteria con un documento d'identità, anche scaduto.",
        comuni: &["006114"],
        sender: ("Segreteria di esempio", "segreteria@scuola.example.org"),
        days_ago: 2,
        practice: None,
    },
    DemoItem {
        source_id: "<demo-evento@example.net>",
        channel: Channel::Mail,
        organisation: None,
        to_verify: true,
        title: "Esempio: festa di quartiere con cucine dal mondo",
        body: "Buongiorno, vi scriviamo per segnalare una festa di quartiere con cucine dal mondo, sabato pomeriggio nel cortile della parrocchia.\n\nPotete pubblicarla nell'agenda?",
        comuni: &["006003"],
        sender: ("Mittente di esempio", "eventi@example.net"),
        days_ago: 1,
        practice: None,
    },
    DemoItem {
        source_id: "demo-pratica-orto",
        channel: Channel::Public,
        organisation: None,
        to_verify: false,
        title: "Esempio: un orto condiviso con le famiglie arrivate da poco",
        body: "In un terreno comunale lasciato incolto, le famiglie arrivate da poco coltivano un orto insieme ai vicini.\n\nOgni famiglia ha la sua aiuola; gli attrezzi e l'acqua sono in comune, e una volta al mese si cucina insieme quello che si è raccolto.",
        comuni: &["006003"],
        sender: ("Referente di esempio", "referente@accoglienza.example.org"),
        days_ago: 20,
        practice: Some(DemoPractice {
            runner: ASSOCIATION,
            targets: &[TargetGroup::Families, TargetGroup::AsylumSeekers],
            period_start: "2025-03",
            outcome: "Dodici famiglie coinvolte nella prima stagione; tre hanno trovato lavoro stagionale presso aziende agricole della zona.",
            accepted: true,
        }),
    },
    DemoItem {
        source_id: "demo-pratica-mediazione",
        channel: Channel::Public,
        organisation: None,
        to_verify: false,
        title: "Esempio: mediazione linguistica in biblioteca il sabato mattina",
        body: "Ogni sabato mattina una mediatrice che parla arabo, francese e inglese è in biblioteca per aiutare a leggere lettere e moduli di scuole, ASL e uffici.\n\nNon serve prenotare.",
        comuni: &["006039"],
        sender: ("Volontaria di esempio", "volontaria@example.org"),
        days_ago: 3,
        practice: Some(DemoPractice {
            runner: COOPERATIVE,
            targets: &[TargetGroup::Everyone, TargetGroup::Women],
            period_start: "2024-10",
            outcome: "",
            accepted: false,
        }),
    },
];

async fn organisation(db: &Db, name: &str) -> anyhow::Result<Option<OrganisationId>> {
    Ok(db.organisation_by_name(name).await?.map(|o| o.id))
}

/// Adds the network's contacts, senders and items that are not there yet.
/// Returns how many records were added.
pub async fn load(db: &Db) -> anyhow::Result<usize> {
    let Some(admin) = db
        .user_by_email(
            &Email::parse(crate::setup::FIRST_ADMIN_EMAIL).map_err(|e| anyhow::anyhow!("{e:?}"))?,
        )
        .await?
    else {
        return Ok(0);
    };
    let mut added = 0;
    for (name, person, role, email, consent, notes) in CONTACTS {
        let Some(org) = organisation(db, name).await? else {
            continue;
        };
        let known = db
            .organisation_contacts(org)
            .await?
            .iter()
            .any(|c| c.email.as_deref() == Some(*email));
        if known {
            continue;
        }
        let input = ContactInput::parse(person, role, email, "", *consent, notes)
            .map_err(|e| anyhow::anyhow!("demo contact {person:?}: {e:?}"))?;
        db.add_organisation_contact(org, &input).await?;
        added += 1;
    }
    for (name, value, is_domain) in SENDERS {
        let Some(org) = organisation(db, name).await? else {
            continue;
        };
        // `None` when the address is already there.
        if db
            .add_organisation_sender(org, value, *is_domain, Some(admin.id.0))
            .await?
            .is_some()
        {
            added += 1;
        }
    }
    let now = Timestamp::now();
    for demo in ITEMS {
        let organisation_id = match demo.organisation {
            Some(name) => organisation(db, name).await?,
            None => None,
        };
        let item = NewItem {
            channel: demo.channel,
            kind: if demo.practice.is_some() {
                ItemKind::BuonaPratica
            } else {
                ItemKind::Comunicato
            },
            organisation_id,
            submitted_by: None,
            to_verify: demo.to_verify,
            lang: Lang::It,
            title: demo.title.to_owned(),
            body: demo.body.to_owned(),
            comuni: demo
                .comuni
                .iter()
                .map(|c| IstatCode::parse(c))
                .collect::<Result<_, _>>()?,
            embargo_until: None,
            source_url: None,
            external_id: Some(demo.source_id.to_owned()),
            source_date: Some(Timestamp(now.0 - demo.days_ago * 24 * 3600)),
            sender: Sender {
                name: Some(demo.sender.0.to_owned()),
                email: Some(demo.sender.1.to_owned()),
                phone: None,
            },
        };
        let practice = demo
            .practice
            .as_ref()
            .map(|p| -> anyhow::Result<GoodPractice> {
                Ok(GoodPractice {
                    istat_code: IstatCode::parse(demo.comuni[0])?,
                    runner: p.runner.to_owned(),
                    targets: p.targets.to_vec(),
                    period_start: Some(p.period_start.to_owned()),
                    period_end: None,
                    outcome: p.outcome.to_owned(),
                    link: None,
                    photos_consent: false,
                })
            })
            .transpose()?;
        let extras = Extras {
            attachments: Vec::new(),
            notes: Vec::new(),
            good_practice: practice.as_ref(),
            status_token_hash: None,
        };
        let Inserted::Created(id) = db.insert_intake_item(&item, &extras).await? else {
            continue;
        };
        added += 1;
        if demo.practice.as_ref().is_some_and(|p| p.accepted) {
            db.accept_good_practice(id, admin.id.0).await?;
        }
    }
    Ok(added)
}
