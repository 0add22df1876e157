//! The words of the errors only Stripe's v2 API gives: bodies that are not JSON, fields of
//! the wrong type, and what v2 asks of keys and paging.
//!
//! A v2 error has the body every Stripe error has, `{"error":{"type","code","message",…}}`:
//! the official SDKs read v2 errors with the same error object as v1 (stripe-python builds
//! both with `ErrorObject`, stripe-node falls back to v1's classes by status). Stripe has not
//! published the sentences of these errors, so they are ours, in Stripe's style.

use axum::http::StatusCode;

use super::{ApiError, ECHO_MAX_CHARS, echo};

impl ApiError {
    /// 400: a v2 body that is not JSON (a form, or broken JSON), with the parser's reason.
    pub fn v2_invalid_json(reason: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!(
                "Invalid request: the body of a /v2 request must be a JSON object (application/json), \
                 as Stripe's v2 API expects; it could not be read as JSON: {}.",
                echo(reason, ECHO_MAX_CHARS)
            ),
        )
    }

    /// 400: a v2 body that is JSON but not an object.
    pub fn v2_body_not_object(found: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!("Invalid request: the body of a /v2 request must be a JSON object, but {found} was sent."),
        )
    }

    /// 400: a form-encoded (or otherwise not JSON) body on a `/v2` path.
    pub fn v2_not_json(content_type: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!(
                "Invalid request: unsupported Content-Type {}. Requests to the /v2 API send JSON \
                 (application/json); form encoding is for /v1 only.",
                echo(content_type, ECHO_MAX_CHARS)
            ),
        )
    }

    /// 400: a field of a v2 body sent with the wrong JSON type.
    pub fn v2_wrong_type(param: impl Into<String>, want: &str, found: &str) -> ApiError {
        let param = param.into();
        let message = format!(
            "Invalid {}: must be {want}, but {found} was sent.",
            echo(&param, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, Some(param), message)
    }

    /// 400 `parameter_unknown`: a field of a v2 body debitsim does not read. It may be one
    /// Stripe has that the simulator does not model; the sentence says both.
    pub fn v2_unknown_field(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!(
            "Received unknown parameter: {} (debitsim reads only the v2 fields it simulates).",
            echo(&param, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, Some("parameter_unknown"), Some(param), message)
    }

    /// 400: a required field of a v2 body is missing.
    pub fn v2_field_missing(param: impl Into<String>) -> ApiError {
        ApiError::parameter_missing(param)
    }

    /// 403: a restricted key on a `/v2` path, which only secret keys may call.
    pub fn v2_secret_key_only(masked_key: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::FORBIDDEN,
            None,
            None,
            format!(
                "The provided key '{masked_key}' is a restricted key; APIs in the /v2 namespace can only be \
                 accessed with secret keys (sk_test_…)."
            ),
        )
    }

    /// 400: a `page` token that no list of this world gave.
    pub fn v2_page_invalid(token: &str) -> ApiError {
        let message = format!(
            "Invalid page: {} is not a page token of this list; use the next_page_url or previous_page_url \
             of a list response.",
            echo(token, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, Some("page".to_owned()), message)
    }
}

impl ApiError {
    /// 400: a change to an account v2 has closed. Wording chosen.
    pub fn v2_account_closed(id: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!(
                "The account {} is closed: a closed account can be read but no longer changed.",
                echo(id, ECHO_MAX_CHARS)
            ),
        )
    }
}

impl ApiError {
    /// 400: an event destination of a type debitsim does not deliver to.
    pub fn v2_destination_type_not_simulated(kind: &str) -> ApiError {
        let message = format!(
            "debitsim does not simulate event destinations of type {kind}: it delivers to webhook endpoints \
             (type webhook_endpoint) only."
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, Some("type".to_owned()), message)
    }

    /// 400: `snapshot_api_version` on a thin destination. Stripe's rule, our wording.
    pub fn v2_snapshot_version_on_thin() -> ApiError {
        let message =
            "snapshot_api_version is for snapshot destinations only: thin events are not pinned to an API version.";
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            Some("snapshot_api_version".to_owned()),
            message,
        )
    }
}
