//! A progress bar for long terminal work (backups, restores, imports): a
//! redrawn bar on a terminal, a line every 10% when the output is a log.

use std::io::{IsTerminal, Write};

pub struct Progress {
    label: String,
    total: u64,
    done: u64,
    last_decile: u64,
    tty: bool,
}

impl Progress {
    pub fn new(label: impl Into<String>, total: u64) -> Progress {
        Progress {
            label: label.into(),
            total: total.max(1),
            done: 0,
            last_decile: 0,
            tty: std::io::stderr().is_terminal(),
        }
    }

    pub fn advance(&mut self, by: u64, detail: &str) {
        let done = self.done + by;
        let total = self.total;
        self.update(done, total, detail);
    }

    /// Sets the position and the total (which may grow as work is found).
    pub fn update(&mut self, done: u64, total: u64, detail: &str) {
        self.total = total.max(1);
        self.done = done.min(self.total);
        let percent = self.done * 100 / self.total;
        let mut err = std::io::stderr();
        if self.tty {
            let filled = (percent / 4) as usize;
            let _ = write!(
                err,
                "\r{} [{}{}] {:>3}% {:<30}",
                self.label,
                "#".repeat(filled),
                ".".repeat(25 - filled),
                percent,
                detail.chars().take(30).collect::<String>()
            );
            let _ = err.flush();
        } else if percent / 10 > self.last_decile || self.done == self.total {
            self.last_decile = percent / 10;
            let _ = writeln!(err, "{}: {percent}% {detail}", self.label);
        }
    }

    pub fn finish(self) {
        if self.tty {
            eprintln!();
        }
    }
}
