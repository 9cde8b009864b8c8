//! Demo content for `agoral serve --demo`. The comuni are real ISTAT data
//! and always loaded; here come the organisations a visitor would expect in
//! the network. Real public bodies are listed by name only (no invented
//! addresses or phone numbers); bodies that stand for no real one are
//! marked as examples. The stories' pictures are abstract illustrations
//! drawn here, described as such: no photo of a real person or place.

use agoral_db::{
    Db,
    articles::{NewArticle, TranslationInput},
};
use agoral_domain::{
    accounts::Email,
    articles::{ArticleId, ArticleState, Level, slugify},
    comuni::IstatCode,
    lang::Lang,
    organisations::{OrganisationInput, OrganisationKind},
};

use agoral_db::media::MediaDetails;
use agoral_domain::media::MediaText;

use crate::{markdown, storage::MediaStore};

/// Colour pairs of the illustrations, distinguishable with any colour vision.
const PALETTES: [[[u8; 3]; 3]; 4] = [
    [[0, 102, 204], [255, 176, 0], [220, 38, 127]],
    [[0, 128, 96], [254, 97, 0], [120, 94, 240]],
    [[17, 70, 140], [100, 143, 255], [255, 176, 0]],
    [[120, 94, 240], [0, 158, 115], [230, 159, 0]],
];

/// An abstract picture for an example story: a soft gradient with
/// overlapping circles, different for each story.
fn illustration(seed: usize) -> Vec<u8> {
    let (width, height) = (1200u32, 675u32);
    let palette = PALETTES[seed % PALETTES.len()];
    let circles: Vec<(f32, f32, f32, [u8; 3])> = (0..5)
        .map(|i| {
            let k = (seed * 7 + i * 13) as f32;
            (
                (k * 97.0) % width as f32,
                (k * 53.0 + 120.0) % height as f32,
                110.0 + (k * 31.0) % 180.0,
                palette[i % 3],
            )
        })
        .collect();
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        let t = y as f32 / height as f32;
        let mut pixel = [245.0 - 30.0 * t, 243.0 - 25.0 * t, 238.0 - 10.0 * t];
        for (cx, cy, r, colour) in &circles {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            if dx * dx + dy * dy < r * r {
                for c in 0..3 {
                    pixel[c] = pixel[c] * 0.45 + f32::from(colour[c]) * 0.55;
                }
            }
        }
        image::Rgb(pixel.map(|v| v.clamp(0.0, 255.0) as u8))
    });
    let mut out = Vec::new();
    let encoded =
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88).encode_image(&image);
    if encoded.is_err() {
        out.clear();
    }
    out
}

/// Descriptions of the illustrations, in every language.
const ILLUSTRATION_ALT: [(Lang, &str); 4] = [
    (
        Lang::It,
        "Illustrazione astratta di esempio: cerchi colorati che si sovrappongono",
    ),
    (
        Lang::En,
        "Example abstract illustration: overlapping coloured circles",
    ),
    (
        Lang::Fr,
        "Illustration abstraite d'exemple : des cercles colorés qui se chevauchent",
    ),
    (Lang::Ar, "رسم تجريدي على سبيل المثال: دوائر ملوّنة متداخلة"),
];

/// Stores the illustration of story `index` and returns its library id.
async fn store_illustration(
    db: &Db,
    media: &MediaStore,
    index: usize,
) -> anyhow::Result<Option<i64>> {
    let stored = crate::media::store_image(
        db,
        media,
        illustration(index),
        &format!("illustrazione-esempio-{}.jpg", index + 1),
        None,
    )
    .await?;
    let Ok(stored) = stored else {
        return Ok(None);
    };
    let texts: Vec<MediaText> = ILLUSTRATION_ALT
        .iter()
        .map(|(lang, alt)| MediaText {
            lang: *lang,
            alt_text: (*alt).to_owned(),
            caption: String::new(),
        })
        .collect();
    db.update_media_details(
        stored.id,
        &MediaDetails {
            credit: "AgorAL",
            licence: "CC0 1.0",
            texts: &texts,
        },
    )
    .await?;
    Ok(Some(stored.id))
}

/// (name, kind, ISTAT comune, example?)
const ORGANISATIONS: &[(&str, OrganisationKind, &str, bool)] = &[
    (
        "Prefettura di Alessandria",
        OrganisationKind::Prefettura,
        "006003",
        false,
    ),
    (
        "Questura di Alessandria",
        OrganisationKind::Questura,
        "006003",
        false,
    ),
    (
        "Provincia di Alessandria",
        OrganisationKind::Altro,
        "006003",
        false,
    ),
    (
        "Comune di Alessandria",
        OrganisationKind::Comune,
        "006003",
        false,
    ),
    (
        "Comune di Casale Monferrato",
        OrganisationKind::Comune,
        "006039",
        false,
    ),
    (
        "Comune di Novi Ligure",
        OrganisationKind::Comune,
        "006114",
        false,
    ),
    (
        "Comune di Tortona",
        OrganisationKind::Comune,
        "006174",
        false,
    ),
    (
        "Comune di Acqui Terme",
        OrganisationKind::Comune,
        "006001",
        false,
    ),
    (
        "Comune di Valenza",
        OrganisationKind::Comune,
        "006177",
        false,
    ),
    ("Comune di Ovada", OrganisationKind::Comune, "006121", false),
    ("ASL AL", OrganisationKind::Asl, "006003", false),
    (
        "Associazione di esempio per l'accoglienza (esempio)",
        OrganisationKind::TerzoSettore,
        "006003",
        true,
    ),
    (
        "Cooperativa sociale di esempio (esempio)",
        OrganisationKind::TerzoSettore,
        "006039",
        true,
    ),
    (
        "Scuola di italiano per adulti di esempio (esempio)",
        OrganisationKind::Scuola,
        "006114",
        true,
    ),
];

/// Demo stories: plainly marked examples, about no real person or office.
/// (section, level, comune, [(language, title, standfirst, body)])
type DemoStory = (
    &'static str,
    Level,
    &'static str,
    &'static [(Lang, &'static str, &'static str, &'static str)],
);

const STORIES: &[DemoStory] = &[
    (
        "scuola",
        Level::Locale,
        "006003",
        &[
            (
                Lang::It,
                "Esempio: un corso serale di italiano in biblioteca",
                "Un articolo di esempio: una biblioteca di quartiere apre le sue sale a un corso di italiano per adulti.",
                "Questo è un **articolo di esempio** della piattaforma AgorAL: racconta una situazione tipica, senza riferimenti a persone o uffici reali.\n\nOgni martedì e giovedì sera la sala lettura si riempie di adulti che studiano l'italiano: lavoratori, genitori, studenti.\n\n## Come funziona\n\n- lezioni gratuite di due ore;\n- gruppi per livello, dall'alfabetizzazione al B1;\n- un angolo per i bambini durante le lezioni.\n\n> «Imparare la lingua è il primo passo per sentirsi a casa.»",
            ),
            (
                Lang::En,
                "Example: an evening Italian course at the library",
                "An example story: a neighbourhood library opens its rooms to an Italian course for adults.",
                "This is an **example story** of the AgorAL platform: it describes a typical situation, with no reference to real people or offices.\n\nEvery Tuesday and Thursday evening the reading room fills with adults learning Italian: workers, parents, students.\n\n## How it works\n\n- free two-hour lessons;\n- groups by level, from literacy to B1;\n- a corner for children during the lessons.",
            ),
            (
                Lang::Fr,
                "Exemple : un cours d’italien du soir à la bibliothèque",
                "Un article d’exemple : une bibliothèque de quartier ouvre ses salles à un cours d’italien pour adultes.",
                "Ceci est un **article d’exemple** de la plateforme AgorAL : il décrit une situation typique, sans référence à des personnes ou des bureaux réels.\n\nChaque mardi et jeudi soir, la salle de lecture se remplit d’adultes qui apprennent l’italien.",
            ),
            (
                Lang::Ar,
                "مثال: دورة مسائية لتعلم الإيطالية في المكتبة",
                "مقال مثال: مكتبة الحي تفتح قاعاتها لدورة في اللغة الإيطالية للكبار.",
                "هذا **مقال مثال** من منصة AgorAL: يصف حالة نموذجية دون الإشارة إلى أشخاص أو مكاتب حقيقية.\n\nفي كل مساء ثلاثاء وخميس تمتلئ قاعة المطالعة بالكبار الذين يتعلمون الإيطالية: عمال وآباء وطلاب (مستوى A1–B1).",
            ),
        ],
    ),
    (
        "inclusione",
        Level::Locale,
        "006039",
        &[
            (
                Lang::It,
                "Esempio: orti condivisi tra vicini di casa",
                "Un articolo di esempio sugli orti di quartiere coltivati insieme da famiglie di dieci paesi.",
                "Questo è un **articolo di esempio**.\n\nIn un cortile dismesso, venti famiglie coltivano insieme pomodori, peperoncini e menta. Si parlano sei lingue, ma il calendario delle semine è uno solo.",
            ),
            (
                Lang::En,
                "Example: community gardens shared by neighbours",
                "An example story about neighbourhood gardens grown together by families from ten countries.",
                "This is an **example story**.\n\nIn a disused courtyard, twenty families grow tomatoes, chillies and mint together. Six languages are spoken, but there is only one sowing calendar.",
            ),
        ],
    ),
    (
        "immigrazione",
        Level::Nazionale,
        "",
        &[(
            Lang::It,
            "Esempio: una guida pratica ai documenti, in parole semplici",
            "Un articolo di esempio: come la redazione spiega un procedimento amministrativo in linguaggio chiaro.",
            "Questo è un **articolo di esempio**: mostra come la redazione può spiegare un procedimento in parole semplici.\n\n1. Leggi con calma l'elenco dei documenti richiesti.\n2. Prepara le copie prima dell'appuntamento.\n3. Chiedi aiuto a uno sportello se qualcosa non è chiaro.\n\nLe informazioni ufficiali e aggiornate si trovano sempre sui siti delle amministrazioni competenti.",
        )],
    ),
    (
        "cultura",
        Level::Locale,
        "006114",
        &[
            (
                Lang::It,
                "Esempio: una festa di quartiere con le cucine del mondo",
                "Un articolo di esempio su una festa di strada dove ogni famiglia porta un piatto del proprio paese.",
                "Questo è un **articolo di esempio**.\n\nUna domenica di giugno la via si riempie di tavoli: couscous, injera, tajarin e empanadas. Alla fine, una sola grande foto di gruppo.",
            ),
            (
                Lang::Ar,
                "مثال: حفلة حي مع مطابخ العالم",
                "مقال مثال عن حفلة في الشارع تحضر فيها كل عائلة طبقًا من بلدها.",
                "هذا **مقال مثال**.\n\nفي يوم أحد من شهر يونيو يمتلئ الشارع بالطاولات: كسكس، إنجيرا، تاجارين (tajarin) وإمبانادا. وفي النهاية صورة جماعية واحدة كبيرة.",
            ),
        ],
    ),
];

/// Tags of the demo stories, in the same order.
const STORY_TAGS: &[&[&str]] = &[
    &["lingua italiana", "adulti", "biblioteche"],
    &["vicinato", "orti"],
    &["documenti", "linguaggio chiaro"],
    &["cucina", "feste"],
];

/// Adds the demo stories that are not there yet, signed by the first
/// administrator and published.
async fn load_stories(db: &Db, media: &MediaStore) -> anyhow::Result<usize> {
    let author = match db
        .user_by_email(
            &Email::parse(crate::setup::FIRST_ADMIN_EMAIL).map_err(|e| anyhow::anyhow!("{e:?}"))?,
        )
        .await?
    {
        Some(user) => user,
        None => return Ok(0),
    };
    let mut added = 0;
    for (index, (section, level, comune, texts)) in STORIES.iter().enumerate() {
        let Some((_, title, _, _)) = texts.iter().find(|(lang, ..)| *lang == Lang::It) else {
            continue;
        };
        let slug = slugify(title);
        if !db.article_slug_free(Lang::It, &slug, None).await? {
            continue;
        }
        let section_id = db.section_by_slug(section, Lang::It).await?.map(|s| s.id);
        let mut id: Option<ArticleId> = None;
        for (lang, title, standfirst, body) in texts.iter() {
            let html = markdown::to_html(body);
            let plain = markdown::to_text(body);
            let slug = slugify(title);
            let text = TranslationInput {
                lang: *lang,
                slug: &slug,
                title,
                standfirst,
                body_markdown: body,
                body_html: &html,
                body_text: &plain,
            };
            match id {
                None => {
                    id = db
                        .create_article(&NewArticle {
                            section_id,
                            level: *level,
                            created_by: author.id.0,
                            text,
                            is_example: true,
                            source_note: "",
                        })
                        .await?;
                }
                Some(article) => {
                    let version = db.article(article).await?.map(|a| a.version).unwrap_or(1);
                    db.save_translation(article, version, &text, author.id.0)
                        .await?;
                }
            }
        }
        if let Some(article) = id {
            let comuni: Vec<String> = (!comune.is_empty())
                .then(|| (*comune).to_owned())
                .into_iter()
                .collect();
            db.update_article_meta(article, section_id, *level, &comuni)
                .await?;
            let tags: Vec<(String, String)> = STORY_TAGS
                .get(index)
                .copied()
                .unwrap_or_default()
                .iter()
                .map(|name| (slugify(name), (*name).to_owned()))
                .collect();
            db.set_article_tags(article, &tags).await?;
            if let Some(image) = store_illustration(db, media, index).await? {
                db.set_featured_media(article, Some(image)).await?;
            }
            db.set_article_state(
                article,
                ArticleState::Published,
                None,
                Some(author.id.0),
                "publish",
                "",
            )
            .await?;
            added += 1;
        }
    }
    Ok(added)
}

/// Example services: one per kind of place a newcomer looks for, in real
/// comuni and the directory's real categories. They stand for no real
/// office, say so in their names and are marked as examples; none has an
/// address or a phone number except the national anti-violence helpline
/// 1522, which is public and real.
struct DemoService {
    name: &'static str,
    name_ar: &'static str,
    summary: &'static str,
    summary_ar: &'static str,
    comune: &'static str,
    categories: &'static [&'static str],
    groups: &'static [&'static str],
    languages: &'static [&'static str],
    channels: &'static [&'static str],
    free: bool,
    appointment: bool,
    phones: &'static str,
    sensitive: bool,
    hours: &'static str,
}

const SERVICES: &[DemoService] = &[
    DemoService {
        name: "Sportello informativo per cittadini stranieri (esempio)",
        name_ar: "مكتب معلومات للمواطنين الأجانب (مثال)",
        summary: "Aiuta a capire quali documenti servono per il permesso di soggiorno, il rinnovo e il ricongiungimento familiare.",
        summary_ar: "يساعد على فهم الوثائق اللازمة لتصريح الإقامة وتجديده ولمّ شمل الأسرة.",
        comune: "006003",
        categories: &["documenti", "ricongiungimento", "cittadinanza"],
        groups: &["tutti"],
        languages: &["it", "en", "fr", "ar"],
        channels: &["di-persona", "telefono"],
        free: true,
        appointment: true,
        phones: "",
        sensitive: false,
        hours: "lun 09:00-12:30\nmer 09:00-12:30\ngio 14:30-17:00",
    },
    DemoService {
        name: "Corso serale di italiano per adulti (esempio)",
        name_ar: "دورة مسائية للغة الإيطالية للكبار (مثال)",
        summary: "Lezioni di italiano la sera, dal livello base, con un attestato alla fine del corso.",
        summary_ar: "دروس مسائية في اللغة الإيطالية من المستوى الأساسي، مع شهادة في نهاية الدورة.",
        comune: "006039",
        categories: &["italiano", "scuola"],
        groups: &["tutti", "lavoratori"],
        languages: &["it", "ar", "en"],
        channels: &["di-persona"],
        free: true,
        appointment: false,
        phones: "",
        sensitive: false,
        hours: "mar 18:00-20:00\ngio 18:00-20:00",
    },
    DemoService {
        name: "Ambulatorio per persone senza tessera sanitaria (esempio)",
        name_ar: "عيادة للأشخاص دون بطاقة صحية (مثال)",
        summary: "Visite mediche di base anche per chi non ha ancora la tessera sanitaria.",
        summary_ar: "فحوص طبية أساسية حتى لمن ليست لديه بطاقة صحية بعد.",
        comune: "006114",
        categories: &["salute"],
        groups: &["tutti", "richiedenti-asilo"],
        languages: &["it", "fr", "ar", "ti"],
        channels: &["di-persona"],
        free: true,
        appointment: false,
        phones: "",
        sensitive: false,
        hours: "lun 09:00-11:00\nmar 09:00-11:00\nmer 09:00-11:00\ngio 09:00-11:00\nven 09:00-11:00",
    },
    DemoService {
        name: "Casa rifugio per donne (esempio)",
        name_ar: "دار إيواء للنساء (مثال)",
        summary: "Accoglienza protetta per donne che subiscono violenza, con i loro figli. Si accede chiamando il 1522.",
        summary_ar: "استقبال محمي للنساء ضحايا العنف مع أطفالهن. يتم الوصول بالاتصال بالرقم 1522.",
        comune: "006174",
        categories: &["donne", "tratta"],
        groups: &["donne", "vittime-tratta"],
        languages: &["it", "en", "fr", "ar"],
        channels: &["telefono"],
        free: true,
        appointment: false,
        phones: "1522",
        sensitive: true,
        hours: "",
    },
];

async fn load_services(db: &Db) -> anyhow::Result<usize> {
    use agoral_domain::services::record::{ServiceForm, ServiceText, ServiceTextForm};
    let codes = |list: &[&str]| list.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let mut added = 0;
    for demo in SERVICES {
        let form = ServiceForm {
            categories: codes(demo.categories),
            target_groups: codes(demo.groups),
            languages: codes(demo.languages),
            channels: codes(demo.channels),
            free: demo.free,
            appointment_needed: demo.appointment,
            phones: demo.phones.to_owned(),
            istat_code: demo.comune.to_owned(),
            sensitive: demo.sensitive,
            hours: demo.hours.to_owned(),
            texts: vec![
                ServiceTextForm {
                    lang: None,
                    text: ServiceText {
                        name: demo.name.to_owned(),
                        summary: demo.summary.to_owned(),
                        ..ServiceText::default()
                    },
                },
                ServiceTextForm {
                    lang: Some("ar".to_owned()),
                    text: ServiceText {
                        name: demo.name_ar.to_owned(),
                        summary: demo.summary_ar.to_owned(),
                        ..ServiceText::default()
                    },
                },
            ],
            ..ServiceForm::default()
        };
        let (input, _) = form
            .parse()
            .map_err(|e| anyhow::anyhow!("demo service {:?}: {e:?}", demo.name))?;
        // A duplicate is the same example loaded on an earlier start.
        if let agoral_db::services::ServiceSave::Saved(_) = db.create_service(&input, true).await? {
            added += 1;
        }
    }
    Ok(added)
}

/// Adds the demo organisations, stories and services that are not there yet.
pub async fn load(db: &Db, media: &MediaStore) -> anyhow::Result<usize> {
    let stories = load_stories(db, media).await?;
    let services = load_services(db).await?;
    let mut added = 0;
    for (name, kind, code, example) in ORGANISATIONS {
        if db.organisation_by_name(name).await?.is_some() {
            continue;
        }
        let input = OrganisationInput {
            name: (*name).to_owned(),
            kind: *kind,
            istat_code: Some(IstatCode::parse(code)?),
            website: None,
            network_member: true,
            is_example: *example,
            trusted: false,
        };
        db.create_organisation(&input).await?;
        added += 1;
    }
    let network = crate::cli::demo_network::load(db).await?;
    Ok(added + stories + services + network)
}
