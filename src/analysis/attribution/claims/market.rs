//! Market reports: share prices and commodity quotes are public record, not claims
//! that need a source ("Shares in the company fell 9%", "US crude closed up $2.80").

use super::super::words::W;
use crate::analysis::lexicon::claims as claim_words;
use crate::analysis::segment::TokenKind;

/// What a price does in a market report ("shares closed", "the index fell").
const MARKET_MOVES: &[&str] = &[
    "closed", "fell", "rose", "gained", "dropped", "jumped", "slipped", "climbed", "slid", "ended",
    "opened",
];

/// "A barrel of US crude closed up $2.80 at $51.15", "US crude was trading at $51.39",
/// "the index closed down 24.11 points": a market quote, public record like a share
/// price. A move with no price after it ("the plant closed down last year", "voting
/// ended at 10 p.m.") quotes nothing.
pub(super) fn market_quote(ws: &[W]) -> bool {
    // A price carries a currency or is quoted to the cent ("24.11 points"); a clock
    // time ("ended at 10 p.m.") is neither.
    let priced = |k: usize| {
        ws.get(k).is_some_and(|w| {
            w.is_punct(&['$', '£', '€', '¥'])
                || (w.kind == TokenKind::Number && w.text.contains('.'))
        })
    };
    ws.iter().enumerate().any(|(i, w)| {
        let next = ws.get(i + 1);
        let moved = claim_words::QUOTE_MOVES.contains(&w.lower)
            && next.is_some_and(|n| claim_words::QUOTE_DIRECTIONS.contains(&n.lower));
        let trading = matches!(w.lower, "trading" | "traded") && next.is_some_and(|n| n.is("at"));
        !w.quoted && (moved || trading) && priced(i + 2)
    })
}

/// "BA's shares closed up four pence", "Shares in the company fell 9%": market prices
/// are public record.
pub(super) fn share_price(ws: &[W]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let l = w.lower;
        // "Shares in the company" / "shares in Tesco": skip the short "in X" complement.
        let mut from = i + 1;
        if l == "shares" && ws.get(i + 1).is_some_and(|n| n.is("in")) {
            from = (i + 2..(i + 6).min(ws.len()))
                .find(|&k| !ws[k].quoted && MARKET_MOVES.contains(&ws[k].lower))
                .unwrap_or(i + 1);
        }
        matches!(l, "shares" | "stock" | "stocks" | "index")
            && ws[from..(from + 2).min(ws.len())]
                .iter()
                .any(|n| MARKET_MOVES.contains(&n.lower) || matches!(n.lower, "were" | "was"))
    })
}
