//! Line diffs between two revisions of a text, for the side-by-side view.

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    Same(String),
    Removed(String),
    Added(String),
}

/// Above this many line pairs the middle of the texts is shown as removed
/// then added, instead of spending memory on the longest common subsequence.
const MAX_CELLS: usize = 4_000_000;

/// The lines of `old` and `new` in order, each marked same, removed or added
/// (longest common subsequence after trimming the common start and end).
pub fn line_diff(old: &str, new: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out: Vec<DiffLine> = a[..prefix]
        .iter()
        .map(|l| DiffLine::Same((*l).to_owned()))
        .collect();
    if a_mid.len().saturating_mul(b_mid.len()) > MAX_CELLS {
        out.extend(a_mid.iter().map(|l| DiffLine::Removed((*l).to_owned())));
        out.extend(b_mid.iter().map(|l| DiffLine::Added((*l).to_owned())));
    } else {
        let (n, m) = (a_mid.len(), b_mid.len());
        // lengths[i][j]: LCS length of a_mid[i..] and b_mid[j..].
        let mut lengths = vec![0u32; (n + 1) * (m + 1)];
        let at = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lengths[at(i, j)] = if a_mid[i] == b_mid[j] {
                    lengths[at(i + 1, j + 1)] + 1
                } else {
                    lengths[at(i + 1, j)].max(lengths[at(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                out.push(DiffLine::Same(a_mid[i].to_owned()));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
                // On a tie the removal comes first, as diff tools show it.
                out.push(DiffLine::Removed(a_mid[i].to_owned()));
                i += 1;
            } else {
                out.push(DiffLine::Added(b_mid[j].to_owned()));
                j += 1;
            }
        }
    }
    out.extend(
        a[a.len() - suffix..]
            .iter()
            .map(|l| DiffLine::Same((*l).to_owned())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lines: &[DiffLine]) -> String {
        lines
            .iter()
            .map(|l| match l {
                DiffLine::Same(t) => format!(" {t}"),
                DiffLine::Removed(t) => format!("-{t}"),
                DiffLine::Added(t) => format!("+{t}"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn diffs() {
        assert_eq!(render(&line_diff("a\nb\nc", "a\nb\nc")), " a\n b\n c");
        assert_eq!(render(&line_diff("a\nb\nc", "a\nx\nc")), " a\n-b\n+x\n c");
        assert_eq!(render(&line_diff("", "nuovo")), "+nuovo");
        assert_eq!(render(&line_diff("vecchio", "")), "-vecchio");
        assert_eq!(
            render(&line_diff("a\nb\nc\nd", "a\nc\nd\ne")),
            " a\n-b\n c\n d\n+e"
        );
        assert_eq!(
            render(&line_diff("سطر\nline", "سطر\nriga")),
            " سطر\n-line\n+riga"
        );
    }

    #[test]
    fn huge_texts_stay_cheap() {
        let old: String = (0..3000).map(|i| format!("riga {i}\n")).collect();
        let new: String = (0..3000).map(|i| format!("linea {i}\n")).collect();
        let diff = line_diff(&old, &new);
        assert_eq!(diff.len(), 6000);
    }
}
