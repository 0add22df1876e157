//! Card tokens (`tok_…`), with the card they stand for.

use serde::Serializer;
use serde::ser::SerializeMap;

use super::cards::CardObject;
use super::wire::{View, Wire};
use crate::ledger::{Obj, Prefix, Token, TokenId};
use crate::server::expand::Shape;

impl Wire for Token {
    type Id = TokenId;
    const SHAPE: Shape = Shape {
        object: "token",
        noun: "token",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: TokenId) -> Result<S::Ok, S::Error> {
        let at = view.at;
        let token = at.token(id);
        let text = at.id_of(Obj::Token(id));
        // The card is the token's own: `card_` and the token's digits, an id no other object
        // shows (and none is found by).
        let card_id = format!("card_{}", &text.as_str()[Prefix::Token.as_str().len()..]);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", text.as_str())?;
        m.serialize_entry("object", "token")?;
        m.serialize_entry(
            "card",
            &CardObject {
                card: token.card,
                id: &card_id,
                customer: None,
                expiry: token.expiry,
                holder: Some(&token.holder),
                metadata: None,
            },
        )?;
        m.serialize_entry("client_ip", &None::<()>)?;
        m.serialize_entry("created", &token.created)?;
        m.serialize_entry("livemode", &false)?;
        m.serialize_entry("type", "card")?;
        m.serialize_entry("used", &token.used)?;
        m.end()
    }
}
