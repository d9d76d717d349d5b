//! Amounts: scale words, currencies and units of measure.
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

/// Scale words and suffixes and their multipliers. Suffixes marked `true` count only
/// when written straight after the digits ("£3m", "400k"), never as a separate word.
pub const SCALES: &[(&str, f64, bool)] = &[
    ("thousand", 1e3, false),
    ("k", 1e3, true),
    ("million", 1e6, false),
    ("millions", 1e6, false),
    ("mln", 1e6, false),
    ("mn", 1e6, false),
    ("m", 1e6, true),
    ("billion", 1e9, false),
    ("bn", 1e9, false),
    ("bln", 1e9, false),
    ("b", 1e9, true),
    ("trillion", 1e12, false),
    ("tn", 1e12, false),
    ("trn", 1e12, false),
    ("crore", 1e7, false),
    ("lakh", 1e5, false),
];

/// Currency symbols written before the amount, with their ISO codes. A word before a
/// `$` ("US$", "HK$") picks a dollar.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("£", "GBP"),
    ("$", "USD"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₫", "VND"),
];

/// The word before "$": "US$5", "HK$10".
pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("HK", "HKD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
    ("NT", "TWD"),
    ("R", "BRL"),
    ("Z", "ZWL"),
];

/// ISO codes written before or after the amount ("USD 5m", "5m EUR").
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "GBP", "EUR", "JPY", "KRW", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD",
    "RUB", "BRL", "ZAR", "NGN", "KES", "TRY", "SEK", "NOK", "DKK", "PLN", "MXN",
];

/// Currency words written after the amount ("300 million euros", "50 pence").
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("dlr", "USD"),
    ("dlrs", "USD"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("pence", "GBX"),
    ("penny", "GBX"),
    ("p", "GBX"),
    ("cents", "USX"),
    ("cent", "USX"),
    ("yen", "JPY"),
    ("won", "KRW"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("lira", "TRY"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("rand", "ZAR"),
    ("naira", "NGN"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
];

/// Units of measure written after the amount, with the name figures carry. Time units
/// make a figure a duration.
pub const UNITS: &[(&str, &str)] = &[
    ("mbps", "Mbps"),
    ("kbps", "kbps"),
    ("gbps", "Gbps"),
    ("mb", "MB"),
    ("gb", "GB"),
    ("tb", "TB"),
    ("megabytes", "MB"),
    ("gigabyte", "GB"),
    ("gigabytes", "GB"),
    ("terabytes", "TB"),
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("mile", "miles"),
    ("miles", "miles"),
    ("mph", "mph"),
    ("km/h", "km/h"),
    ("kph", "km/h"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("tonnes", "tonnes"),
    ("tons", "tonnes"),
    ("metres", "m"),
    ("meters", "m"),
    ("feet", "ft"),
    ("ft", "ft"),
    ("inches", "in"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("litres", "litres"),
    ("liters", "litres"),
    ("barrels", "barrels"),
    ("bpd", "barrels a day"),
    ("b/d", "barrels a day"),
    ("acres", "acres"),
    ("hectares", "hectares"),
    ("degrees", "degrees"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("kwh", "kWh"),
    ("year", "years"),
    ("years", "years"),
    ("month", "months"),
    ("months", "months"),
    ("week", "weeks"),
    ("weeks", "weeks"),
    ("day", "days"),
    ("days", "days"),
    ("hour", "hours"),
    ("hours", "hours"),
    ("minute", "minutes"),
    ("minutes", "minutes"),
    ("decade", "decades"),
    ("decades", "decades"),
    ("century", "centuries"),
    ("centuries", "centuries"),
    ("seconds", "seconds"),
    ("secs", "seconds"),
];

/// Length of a time unit in years, for durations stated in mixed units.
pub fn years_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "years" => 1.0,
        "months" => 1.0 / 12.0,
        "weeks" => 7.0 / 365.25,
        "days" => 1.0 / 365.25,
        "hours" => 1.0 / 8766.0,
        "minutes" => 1.0 / 525_960.0,
        "decades" => 10.0,
        "centuries" => 100.0,
        "seconds" => 1.0 / 31_557_600.0,
        _ => return None,
    })
}
