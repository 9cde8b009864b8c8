//! The editorial workflow: draft → in review → approved → scheduled →
//! published → archived. Authors write and submit; editors (the
//! caporedattore) approve, send back with a comment, schedule, publish,
//! unpublish and archive.

use std::fmt;

use crate::{
    accounts::{Role, Roles},
    time::Timestamp,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArticleState {
    Draft,
    InReview,
    Approved,
    Scheduled,
    Published,
    Archived,
}

impl ArticleState {
    pub const ALL: [ArticleState; 6] = [
        ArticleState::Draft,
        ArticleState::InReview,
        ArticleState::Approved,
        ArticleState::Scheduled,
        ArticleState::Published,
        ArticleState::Archived,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ArticleState::Draft => "draft",
            ArticleState::InReview => "in_review",
            ArticleState::Approved => "approved",
            ArticleState::Scheduled => "scheduled",
            ArticleState::Published => "published",
            ArticleState::Archived => "archived",
        }
    }

    pub fn parse(value: &str) -> Option<ArticleState> {
        ArticleState::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Fluent message id of the state's name.
    pub fn label_key(self) -> String {
        format!("article-state-{}", self.as_str().replace('_', "-"))
    }

    /// Readers see published stories only.
    pub const fn is_public(self) -> bool {
        matches!(self, ArticleState::Published)
    }
}

impl fmt::Display for ArticleState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A step of the workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// The author hands the draft to the editors.
    Submit,
    /// An editor sends it back to the author, saying why.
    RequestChanges {
        comment: String,
    },
    Approve,
    /// An editor schedules publication at a future instant.
    Schedule {
        at: Timestamp,
    },
    /// Back from scheduled to approved.
    Unschedule,
    /// Published now (by an editor, or by the scheduler when the time comes).
    Publish,
    /// Taken off the site, back to draft.
    Unpublish,
    Archive,
    /// An archived story back on the site.
    Restore,
}

impl Transition {
    pub const fn name(&self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::RequestChanges { .. } => "request_changes",
            Transition::Approve => "approve",
            Transition::Schedule { .. } => "schedule",
            Transition::Unschedule => "unschedule",
            Transition::Publish => "publish",
            Transition::Unpublish => "unpublish",
            Transition::Archive => "archive",
            Transition::Restore => "restore",
        }
    }
}

/// Why a step is refused; each has a message for the person who tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("not allowed from this state")]
    WrongState,
    #[error("this role may not take this step")]
    NotAllowed,
    #[error("the scheduled time is not in the future")]
    ScheduleInPast,
    #[error("a comment is required")]
    CommentRequired,
}

impl TransitionError {
    pub const fn message_key(self) -> &'static str {
        match self {
            TransitionError::WrongState => "error-transition-state",
            TransitionError::NotAllowed => "error-transition-role",
            TransitionError::ScheduleInPast => "error-schedule-past",
            TransitionError::CommentRequired => "error-comment-required",
        }
    }
}

/// Who takes the step.
#[derive(Debug, Clone, Copy)]
pub enum Actor {
    /// A person with these roles, who is or is not one of the story's authors.
    Person { roles: Roles, is_author: bool },
    /// The scheduler publishing a story whose time has come.
    Scheduler,
}

impl ArticleState {
    /// The state after `transition`, or why it is refused.
    pub fn apply(
        self,
        transition: &Transition,
        actor: Actor,
        now: Timestamp,
    ) -> Result<ArticleState, TransitionError> {
        use ArticleState as S;
        let (editor, author) = match actor {
            Actor::Person { roles, is_author } => (
                roles.contains(Role::Editor),
                is_author && (roles.contains(Role::Author) || roles.contains(Role::Editor)),
            ),
            Actor::Scheduler => {
                return match (self, transition) {
                    (S::Scheduled, Transition::Publish) => Ok(S::Published),
                    _ => Err(TransitionError::NotAllowed),
                };
            }
        };
        let (from_ok, next, editors_only) = match transition {
            Transition::Submit => (self == S::Draft, S::InReview, false),
            Transition::RequestChanges { comment } => {
                if comment.trim().is_empty() {
                    return Err(TransitionError::CommentRequired);
                }
                (
                    matches!(self, S::InReview | S::Approved | S::Scheduled),
                    S::Draft,
                    true,
                )
            }
            Transition::Approve => (self == S::InReview, S::Approved, true),
            Transition::Schedule { at } => {
                if at.0 <= now.0 {
                    return Err(TransitionError::ScheduleInPast);
                }
                (
                    matches!(self, S::InReview | S::Approved | S::Scheduled),
                    S::Scheduled,
                    true,
                )
            }
            Transition::Unschedule => (self == S::Scheduled, S::Approved, true),
            Transition::Publish => (
                matches!(self, S::InReview | S::Approved | S::Scheduled),
                S::Published,
                true,
            ),
            Transition::Unpublish => (self == S::Published, S::Draft, true),
            Transition::Archive => (self == S::Published, S::Archived, true),
            Transition::Restore => (self == S::Archived, S::Published, true),
        };
        let permitted = editor || (!editors_only && author);
        if !permitted {
            return Err(TransitionError::NotAllowed);
        }
        if !from_ok {
            return Err(TransitionError::WrongState);
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ArticleState as S;

    const NOW: Timestamp = Timestamp(1_800_000_000);

    fn editor() -> Actor {
        Actor::Person {
            roles: Roles::one(Role::Editor),
            is_author: false,
        }
    }

    fn author() -> Actor {
        Actor::Person {
            roles: Roles::one(Role::Author),
            is_author: true,
        }
    }

    fn other_author() -> Actor {
        Actor::Person {
            roles: Roles::one(Role::Author),
            is_author: false,
        }
    }

    #[test]
    fn the_happy_path() {
        let state = S::Draft
            .apply(&Transition::Submit, author(), NOW)
            .expect("submit");
        let state = state
            .apply(&Transition::Approve, editor(), NOW)
            .expect("approve");
        let state = state
            .apply(
                &Transition::Schedule {
                    at: NOW.plus_seconds(3600),
                },
                editor(),
                NOW,
            )
            .expect("schedule");
        let state = state
            .apply(&Transition::Publish, Actor::Scheduler, NOW)
            .expect("fire");
        assert_eq!(state, S::Published);
        let state = state
            .apply(&Transition::Archive, editor(), NOW)
            .expect("archive");
        assert_eq!(
            state.apply(&Transition::Restore, editor(), NOW),
            Ok(S::Published)
        );
    }

    #[test]
    fn who_may_do_what() {
        let cases: [(S, Transition, Actor, Result<S, TransitionError>); 10] = [
            (
                S::Draft,
                Transition::Submit,
                other_author(),
                Err(TransitionError::NotAllowed),
            ),
            (S::Draft, Transition::Submit, editor(), Ok(S::InReview)),
            (
                S::InReview,
                Transition::Approve,
                author(),
                Err(TransitionError::NotAllowed),
            ),
            (
                S::InReview,
                Transition::Publish,
                author(),
                Err(TransitionError::NotAllowed),
            ),
            (
                S::Draft,
                Transition::Publish,
                editor(),
                Err(TransitionError::WrongState),
            ),
            (
                S::Published,
                Transition::Submit,
                author(),
                Err(TransitionError::WrongState),
            ),
            (
                S::InReview,
                Transition::RequestChanges {
                    comment: " ".into(),
                },
                editor(),
                Err(TransitionError::CommentRequired),
            ),
            (
                S::InReview,
                Transition::RequestChanges {
                    comment: "Fonti?".into(),
                },
                editor(),
                Ok(S::Draft),
            ),
            (
                S::Approved,
                Transition::Schedule { at: NOW },
                editor(),
                Err(TransitionError::ScheduleInPast),
            ),
            (
                S::Approved,
                Transition::Publish,
                Actor::Scheduler,
                Err(TransitionError::NotAllowed),
            ),
        ];
        for (from, transition, actor, expected) in cases {
            assert_eq!(
                from.apply(&transition, actor, NOW),
                expected,
                "{from} {}",
                transition.name()
            );
        }
    }

    #[test]
    fn only_published_is_public() {
        for state in ArticleState::ALL {
            assert_eq!(state.is_public(), state == S::Published);
            assert_eq!(ArticleState::parse(state.as_str()), Some(state));
        }
    }
}
