//! The JSON reader against serde_json, on the coach's records and on near-JSON.
use std::fmt;

use proptest::prelude::*;
use serde::de::DeserializeOwned;
use warmcall_coach::settings::Settings;
use warmcall_json::*;

fn agrees_with_serde_json<T>(text: &str)
where
    T: DeserializeOwned + PartialEq + fmt::Debug,
{
    let ours = from_str::<T>(text).ok();
    let theirs = serde_json::from_str::<T>(text).ok();
    assert_eq!(ours, theirs, "for {text:?}");
}

#[test]
fn errors_name_the_field_or_variant_and_never_a_value() {
    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Request {
        topic: String,
        lang: warmcall_coach::Lang,
    }
    let message = |text: &str| from_str::<Request>(text).unwrap_err().to_string();
    assert_eq!(message(r#"{"lang":"en"}"#), "missing field `topic`");
    assert_eq!(
        message(r#"{"lang":"en","topic":"a","topik":1}"#),
        "unknown field `topik`"
    );
    assert_eq!(
        message(r#"{"lang":"fr","topic":"a"}"#),
        "unknown variant `fr` in field `lang`"
    );
    assert_eq!(
        message(r#"{"lang":{"fr":null},"topic":"a"}"#),
        "unknown variant `fr` in field `lang`"
    );
    assert_eq!(
        message(r#"{"lang":"en","topic":1.5}"#),
        "wrong type or value in field `topic`"
    );
    assert_eq!(
        message(r#"{"lang":"en","topic":["a"]}"#),
        "wrong type or value in field `topic`"
    );
    assert_eq!(message("{"), "not valid JSON of the expected shape");

    // The innermost field is named, once; an enum outside any field names none.
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Outer {
        langs: Vec<warmcall_coach::Lang>,
        request: Option<Request>,
    }
    let outer = |text: &str| from_str::<Outer>(text).unwrap_err().to_string();
    assert_eq!(
        outer(r#"{"langs":["en","fr"]}"#),
        "unknown variant `fr` in field `langs`"
    );
    assert_eq!(
        outer(r#"{"langs":[],"request":{"topic":"a","lang":"fr"}}"#),
        "unknown variant `fr` in field `lang`"
    );
    assert_eq!(
        from_str::<warmcall_coach::Lang>(r#""fr""#)
            .unwrap_err()
            .to_string(),
        "unknown variant `fr`"
    );
}

#[test]
fn reads_records_as_serde_json_does() {
    for text in [
        r#"{"stopRule":{"coldAttempts":4},"interfaceLang":"sv"}"#,
        r#" { "interfaceLang" : null , "experience":"new" } "#,
        r#"{"interfaceLang":{"nl":null},"product":"volume"}"#,
        r#"{"interfaceLang":"s\u0076"}"#,
        r#"{"unknown":[1.5e3,-0.0,{"a":[true,false,null,"\ud800"]}],"followUpWindowDays":9}"#,
        r#"{"followUpWindowDays":256}"#,
        r#"{"followUpWindowDays":-1}"#,
        r#"{"followUpWindowDays":-0}"#,
        r#"{"followUpWindowDays":3.0}"#,
        r#"{"followUpWindowDays":03}"#,
        r#"{"followUpWindowDays":99999999999999999999999}"#,
        r#"{"experience":"old"}"#,
        r#"{"experience":"new","experience":"new"}"#,
        r#"{"interfaceLang":"\ud800"}"#,
        r#"{"interfaceLang":"\udc00"}"#,
        r#"{"x":"a	b"}"#,
        r#"{"x":"\q"}"#,
        r#"{"experience":"new",}"#,
        r#"{"experience":"new"} x"#,
        r#"{"experience" "new"}"#,
        r#"{1:2}"#,
        r#"{}"#,
        r#""#,
        r#"nul"#,
        r#"{"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
    ] {
        agrees_with_serde_json::<Settings>(text);
    }
    // The one intended difference: a struct in serde_json's array form is refused.
    let as_array = r#"[null,"new","volume",{"coldAttempts":2,"inboundAttempts":5},7,{"startMinute":1,"endMinute":2}]"#;
    assert!(serde_json::from_str::<Settings>(as_array).is_ok());
    assert!(from_str::<Settings>(as_array).is_err());
    assert!(from_str::<Settings>("[]").is_err());
    agrees_with_serde_json::<Vec<Vec<u8>>>("[[1,2],[],[3]]");
    agrees_with_serde_json::<Vec<Vec<u8>>>("[[1,2],[],[3],]");
    agrees_with_serde_json::<String>(r#""\ud83d\ude00 \" \\ \/ \b \f \n \r \t""#);
    agrees_with_serde_json::<Option<i64>>("-9223372036854775808");
    agrees_with_serde_json::<Option<i64>>("-9223372036854775809");
}

#[test]
fn deep_nesting_fails_instead_of_overflowing() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Nest(Vec<Nest>);
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert_eq!(from_str::<Nest>(&deep), Err(Error::default()));
    agrees_with_serde_json::<Nest>(&deep);
    agrees_with_serde_json::<Nest>("[[[],[]],[]]");
    agrees_with_serde_json::<Nest>(&("[".repeat(128) + &"]".repeat(128)));
    agrees_with_serde_json::<Nest>(&("[".repeat(127) + &"]".repeat(127)));
    // Ignored values are skipped without recursion, so they may nest deeper.
    agrees_with_serde_json::<Settings>(&format!("{{\"x\":{deep}}}"));
}

/// Text that is often almost a settings record.
fn near_json() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just(" ".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("\"interfaceLang\"".to_owned()),
        Just("\"stopRule\"".to_owned()),
        Just("\"coldAttempts\"".to_owned()),
        Just("\"experience\"".to_owned()),
        Just("\"new\"".to_owned()),
        Just("\"sv\"".to_owned()),
        Just("\"\\u00e5\\n\"".to_owned()),
        Just("\"\\ud800\"".to_owned()),
        "-?[0-9]{1,4}(\\.[0-9])?(e[0-9])?",
        "\"[a-z\\\\\\x00-\\x1f]{0,3}\"",
    ];
    prop::collection::vec(token, 0..24).prop_map(|tokens| tokens.concat())
}

fn settings_json() -> impl Strategy<Value = String> {
    (any::<u8>(), any::<u16>(), any::<bool>(), 0..6usize).prop_map(
        |(days, minute, new, lang)| {
            let lang = ["null", "\"en\"", "\"sv\"", "\"de\"", "\"nb\"", "{\"nl\":null}"][lang];
            let experience = if new { "new" } else { "experienced" };
            format!(
                r#"{{"interfaceLang":{lang},"experience":"{experience}","followUpWindowDays":{days},"workingHours":{{"startMinute":{minute}}},"extra":[1.5,{{}}]}}"#
            )
        },
    )
}

proptest! {
    #[test]
    fn agrees_with_serde_json_on_near_json(text in near_json()) {
        // The one intended difference: a struct in array form is always refused here.
        if text.trim_start().starts_with('[') {
            prop_assert!(from_str::<Settings>(&text).is_err());
        } else {
            agrees_with_serde_json::<Settings>(&text);
        }
    }

    #[test]
    fn agrees_with_serde_json_on_settings(text in settings_json()) {
        agrees_with_serde_json::<Settings>(&text);
    }

    #[test]
    fn reads_what_serde_json_writes(days: u8, cold: u8, start: u16, new: bool) {
        use warmcall_coach::settings::{Experience, StopRule, WorkingHours};
        let settings = Settings {
            interface_lang: new.then_some(warmcall_coach::Lang::Nb),
            experience: if new { Experience::New } else { Experience::Experienced },
            follow_up_window_days: days,
            stop_rule: StopRule { cold_attempts: cold, ..StopRule::default() },
            working_hours: WorkingHours { start_minute: start, ..WorkingHours::default() },
            ..Settings::default()
        };
        let text = serde_json::to_string(&settings).unwrap();
        prop_assert_eq!(from_str::<Settings>(&text), Ok(settings));
    }
}
