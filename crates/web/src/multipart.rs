//! Reading a form sent as `multipart/form-data` with files: the text
//! fields as [`Fields`], and the files with their names. The access guard
//! has already bounded the whole body and checked the anti-forgery token
//! (for the partners' submissions), or the caller checks the token and the
//! body is bounded by the router's largest limit (the media library). The
//! public good-practice form and the Osservatorio's uploads read their own
//! way (the token first, without a session; files streamed to disk).

use agoral_domain::intake::NewAttachment;
use axum::{extract::Request, http::header};

use crate::forms::Fields;

/// The longest text field read; a longer one is refused as a whole.
const MAX_TEXT_FIELD: u64 = 256 * 1024;
/// All text fields together: a form whose body no guard bounded (the
/// media library's, see `Routes::post_streamed`) holds no more.
const MAX_TEXT_TOTAL: usize = 1024 * 1024;

/// Why a multipart form could not be read. Each is a Fluent message.
fn read_error_key(error: &multer::Error) -> &'static str {
    if is_too_large(error) {
        "error-413-text"
    } else {
        "error-400-text"
    }
}

/// Whether a multipart body was cut for its size: by a field's or the
/// whole stream's limit, or by the router's body limit. Without a declared
/// length the last one shows only as a failed read, and it may come first:
/// the router's limit withholds a whole frame that would pass it, while
/// multer reads ahead of the field it hands out.
pub fn is_too_large(error: &multer::Error) -> bool {
    match error {
        multer::Error::FieldSizeExceeded { .. } | multer::Error::StreamSizeExceeded { .. } => true,
        multer::Error::StreamReadFailed(cause) => {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(cause.as_ref());
            while let Some(error) = source {
                if error.is::<http_body_util::LengthLimitError>() {
                    return true;
                }
                source = error.source();
            }
            false
        }
        _ => false,
    }
}

/// A file of the form; one over the size limit comes without its bytes.
#[derive(Debug)]
pub struct Upload {
    pub file: NewAttachment,
    pub too_large: bool,
}

/// Reads the form. Files come from the fields named `file_field`; empty
/// file inputs (nothing chosen) are skipped.
pub async fn read_multipart(
    request: Request,
    file_field: &str,
    max_file_bytes: u64,
) -> Result<(Fields, Vec<Upload>), &'static str> {
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or("error-400-text")?;
    let stream = request.into_body().into_data_stream();
    // No limits here: the access guard bounded the whole body already,
    // and a file over the limit is drained (not kept) so that the fields
    // after it are still read and the form comes back with what was typed.
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut fields = Vec::new();
    let mut files = Vec::new();
    let mut text_total = 0;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(read_error_key(&e)),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == file_field {
            let file_name: String = field
                .file_name()
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect();
            let content_type = field
                .content_type()
                .map(|m| m.to_string())
                .unwrap_or_default();
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await.map_err(|e| read_error_key(&e))? {
                if too_large || (bytes.len() + chunk.len()) as u64 > max_file_bytes {
                    too_large = true;
                    bytes.clear();
                } else {
                    bytes.extend_from_slice(&chunk);
                }
            }
            if file_name.is_empty() && bytes.is_empty() && !too_large {
                continue;
            }
            files.push(Upload {
                file: NewAttachment {
                    file_name,
                    content_type,
                    bytes,
                },
                too_large,
            });
        } else {
            let text = field.text().await.map_err(|e| read_error_key(&e))?;
            text_total += text.len();
            if text.len() as u64 > MAX_TEXT_FIELD || text_total > MAX_TEXT_TOTAL {
                return Err("error-413-text");
            }
            fields.push((name, text));
        }
    }
    Ok((Fields(fields), files))
}
