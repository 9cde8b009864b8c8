//! What the redazione does with an item of the queue, as commands: each
//! action is parsed from its form here, beside the rule of who may issue it
//! and the states it applies to, and carried out by one database function
//! in one transaction.

use super::{Channel, IntakeId, IntakeItem, IntakeStatus, ItemKind};
use crate::{
    accounts::{Role, User, UserId},
    clean_text,
};

/// One action on one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntakeAction {
    /// An item "to verify" (a sender not verified) goes into the queue.
    Verify,
    /// Given to a member of the redazione, or to nobody (`None`).
    Assign { to: Option<UserId> },
    /// A note in the item's history.
    Note { text: String },
    /// Refused, with the reason the sender is told.
    Reject { reason: String },
    /// The same as an item received before.
    Duplicate { of: IntakeId },
    /// A good practice accepted as a public record.
    AcceptPractice,
    /// A draft story made from the item, for the redazione to rewrite.
    Draft,
    /// A trusted source's press release published as it was written (at its
    /// embargo, when that is still ahead).
    PublishVerbatim,
}

/// The fields an action's form may carry.
#[derive(Debug, Clone, Default)]
pub struct ActionFields<'a> {
    pub editor: &'a str,
    pub reason: &'a str,
    pub of: &'a str,
    pub note: &'a str,
}

/// Why an action was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionRefusal {
    /// No such action: the address is wrong.
    Unknown,
    /// A value no form of ours sends (a tampered request).
    Malformed,
    /// A field to correct, with its message key: the form comes back.
    Field {
        field: &'static str,
        message: &'static str,
    },
    /// The action is for editors (caporedattori) only.
    EditorsOnly,
    /// The item is no longer in a state the action applies to (another
    /// editor acted first), with the message key to show.
    NotApplicable(&'static str),
}

/// The longest note and reason, in characters.
pub const NOTE_MAX_CHARS: usize = 5000;
pub const REASON_MAX_CHARS: usize = 2000;

impl IntakeAction {
    /// Reads the action named `name` in the address from its form.
    pub fn parse(
        name: &str,
        fields: &ActionFields<'_>,
        item: IntakeId,
    ) -> Result<IntakeAction, ActionRefusal> {
        Ok(match name {
            "verifica" => IntakeAction::Verify,
            "assegna" => IntakeAction::Assign {
                to: match fields.editor.trim() {
                    "" => None,
                    value => Some(UserId(value.parse().map_err(|_| ActionRefusal::Malformed)?)),
                },
            },
            "nota" => IntakeAction::Note {
                text: clean_text("note", fields.note, 1, NOTE_MAX_CHARS, true).map_err(|e| {
                    ActionRefusal::Field {
                        field: "note",
                        message: e.message,
                    }
                })?,
            },
            "rifiuta" => IntakeAction::Reject {
                reason: clean_text("reason", fields.reason, 1, REASON_MAX_CHARS, true).map_err(
                    |e| ActionRefusal::Field {
                        field: "reason",
                        message: e.message,
                    },
                )?,
            },
            "duplicato" => IntakeAction::Duplicate {
                of: fields
                    .of
                    .trim()
                    .trim_start_matches('#')
                    .parse()
                    .ok()
                    .map(IntakeId)
                    .filter(|of| *of != item)
                    .ok_or(ActionRefusal::Field {
                        field: "of",
                        message: "intake-error-duplicate-of",
                    })?,
            },
            "accetta" => IntakeAction::AcceptPractice,
            "bozza" => IntakeAction::Draft,
            "pubblica" => IntakeAction::PublishVerbatim,
            _ => return Err(ActionRefusal::Unknown),
        })
    }

    /// Only editors (caporedattori) publish, reject, accept and let in the
    /// items to verify; authors take items, make drafts and write notes.
    pub fn editors_only(&self) -> bool {
        matches!(
            self,
            IntakeAction::Verify
                | IntakeAction::Reject { .. }
                | IntakeAction::AcceptPractice
                | IntakeAction::PublishVerbatim
        )
    }

    /// The states of an item the action applies to.
    pub fn applies_to(&self) -> &'static [IntakeStatus] {
        use IntakeStatus::*;
        match self {
            IntakeAction::Verify => &[ToVerify],
            // A note may be written on an item in any state.
            IntakeAction::Note { .. } => IntakeStatus::ALL,
            IntakeAction::Reject { .. } | IntakeAction::Duplicate { .. } => &[ToVerify, New, Taken],
            IntakeAction::Assign { .. }
            | IntakeAction::AcceptPractice
            | IntakeAction::Draft
            | IntakeAction::PublishVerbatim => &[New, Taken],
        }
    }

    /// Checks that `user` may take this action on `item`, from a source
    /// that is `trusted` or not: the proof the database function asks for.
    pub fn authorise(
        self,
        user: &User,
        item: &IntakeItem,
        trusted: bool,
    ) -> Result<Authorised, ActionRefusal> {
        if self.editors_only() && !user.has_role(Role::Editor) {
            return Err(ActionRefusal::EditorsOnly);
        }
        if !self.applies_to().contains(&item.status) {
            return Err(ActionRefusal::NotApplicable("intake-error-gone"));
        }
        match &self {
            IntakeAction::Draft | IntakeAction::PublishVerbatim if item.article_id.is_some() => {
                return Err(ActionRefusal::NotApplicable("intake-error-gone"));
            }
            IntakeAction::PublishVerbatim if !may_publish_verbatim(item, trusted) => {
                return Err(ActionRefusal::NotApplicable("intake-error-not-trusted"));
            }
            _ => {}
        }
        Ok(Authorised {
            action: self,
            item: item.id,
            by: user.id,
        })
    }

    /// The notice shown after the action, as a Fluent key.
    pub fn notice(&self) -> &'static str {
        match self {
            IntakeAction::Verify => "intake-notice-verified",
            IntakeAction::Assign { .. } => "intake-notice-assigned",
            IntakeAction::Note { .. } => "intake-notice-note",
            IntakeAction::Reject { .. } => "intake-notice-rejected",
            IntakeAction::Duplicate { .. } => "intake-notice-duplicate",
            IntakeAction::AcceptPractice => "intake-notice-accepted",
            IntakeAction::Draft | IntakeAction::PublishVerbatim => "intake-notice-drafted",
        }
    }
}

/// An action that a given member of the redazione may take on a given
/// item. Only [`IntakeAction::authorise`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorised {
    action: IntakeAction,
    item: IntakeId,
    by: UserId,
}

impl Authorised {
    pub fn action(&self) -> &IntakeAction {
        &self.action
    }

    pub fn item(&self) -> IntakeId {
        self.item
    }

    pub fn by(&self) -> UserId {
        self.by
    }
}

/// Whether an item may go out as its source wrote it: a press release, from
/// a trusted organisation, that did not come through the public form.
pub fn may_publish_verbatim(item: &IntakeItem, trusted: bool) -> bool {
    item.kind == ItemKind::Comunicato
        && item.channel != Channel::Public
        && item.organisation_id.is_some()
        && trusted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(
        editor: &'a str,
        reason: &'a str,
        of: &'a str,
        note: &'a str,
    ) -> ActionFields<'a> {
        ActionFields {
            editor,
            reason,
            of,
            note,
        }
    }

    #[test]
    fn actions_are_read_from_their_forms() {
        let item = IntakeId(7);
        let cases: Vec<(&str, ActionFields, Result<IntakeAction, ActionRefusal>)> = vec![
            ("verifica", fields("", "", "", ""), Ok(IntakeAction::Verify)),
            (
                "assegna",
                fields(" 12 ", "", "", ""),
                Ok(IntakeAction::Assign {
                    to: Some(UserId(12)),
                }),
            ),
            (
                "assegna",
                fields("", "", "", ""),
                Ok(IntakeAction::Assign { to: None }),
            ),
            (
                "assegna",
                fields("dodici", "", "", ""),
                Err(ActionRefusal::Malformed),
            ),
            (
                "duplicato",
                fields("", "", "#3", ""),
                Ok(IntakeAction::Duplicate { of: IntakeId(3) }),
            ),
            (
                "duplicato",
                fields("", "", "7", ""),
                Err(ActionRefusal::Field {
                    field: "of",
                    message: "intake-error-duplicate-of",
                }),
            ),
            (
                "nota",
                fields("", "", "", "  Da richiamare  "),
                Ok(IntakeAction::Note {
                    text: "Da richiamare".into(),
                }),
            ),
            (
                "pubblica",
                fields("", "", "", ""),
                Ok(IntakeAction::PublishVerbatim),
            ),
            (
                "cancella",
                fields("", "", "", ""),
                Err(ActionRefusal::Unknown),
            ),
        ];
        for (name, form, expected) in cases {
            assert_eq!(IntakeAction::parse(name, &form, item), expected, "{name}");
        }
        assert!(matches!(
            IntakeAction::parse("rifiuta", &fields("", "   ", "", ""), item),
            Err(ActionRefusal::Field {
                field: "reason",
                ..
            })
        ));
        let long = "x".repeat(NOTE_MAX_CHARS + 1);
        assert!(matches!(
            IntakeAction::parse("nota", &fields("", "", "", &long), item),
            Err(ActionRefusal::Field { field: "note", .. })
        ));
    }

    #[test]
    fn editors_alone_publish_reject_accept_and_verify() {
        for action in [
            IntakeAction::Verify,
            IntakeAction::Reject { reason: "x".into() },
            IntakeAction::AcceptPractice,
            IntakeAction::PublishVerbatim,
        ] {
            assert!(action.editors_only(), "{action:?}");
        }
        for action in [
            IntakeAction::Assign { to: None },
            IntakeAction::Note { text: "x".into() },
            IntakeAction::Duplicate { of: IntakeId(1) },
            IntakeAction::Draft,
        ] {
            assert!(!action.editors_only(), "{action:?}");
        }
    }
}
