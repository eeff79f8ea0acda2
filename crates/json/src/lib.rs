//! Reads JSON into our records (stored data, JS API input), in place of `serde_json::from_str`.
//!
//! Why not serde_json: its errors format the unexpected value ("invalid type: floating point
//! `1.5`, expected u8"), and that formatting links core's float printing and `str`'s Debug
//! escaping, about 10 KB gzipped of the bundle. So this reader's error names only what a caller
//! can act on (a missing, unknown or duplicate field, an unknown variant and the field it is in,
//! the field whose value does not read) and never formats any other value.
//!
//! It accepts and rejects what serde_json accepts and rejects for our records (the tests compare
//! the two), with one deliberate gap: a number with a fraction or an exponent is only read where
//! it is ignored (an unknown field); where a record would keep it, the record does not read. No
//! stored record has a float field; one that gets one needs a float parser here first.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

/// The name `RawJson` asks for, so that the reader hands over the value's text as it is.
const RAW_JSON: &str = "$warmcall::RawJson";

/// A JSON value kept as its text, checked only for being JSON: for a record this bundle carries
/// but never reads (the practice record in a backup, which the practice bundle reads).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawJson(pub String);

impl<'de> de::Deserialize<'de> for RawJson {
    fn deserialize<D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = RawJson;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a JSON value")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<RawJson, E> {
                Ok(RawJson(text.to_owned()))
            }
        }
        deserializer.deserialize_newtype_struct(RAW_JSON, Text)
    }
}

/// serde_json's limit (127 levels), so deeply nested input fails instead of exhausting the stack.
const MAX_DEPTH: u16 = 128;

/// The text is not JSON, or not the JSON of the record asked for. `problem` names the field or
/// variant when that is what is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Error {
    problem: Option<String>,
    /// `problem` is an unknown variant, which serde reports without the field it was in: the
    /// field around it is named next (see `in_field`).
    variant_without_field: bool,
}

impl Error {
    fn naming(what: &str, name: &str) -> Self {
        Error {
            problem: Some(format!("{what} `{name}`")),
            variant_without_field: false,
        }
    }

    /// Names the field whose value did not read, unless a field deeper down was named already.
    /// An unknown variant gets the innermost field it is in.
    fn in_field(mut self, field: &[u8]) -> Self {
        let field = String::from_utf8_lossy(field);
        match &mut self.problem {
            None => Error::naming("wrong type or value in field", &field),
            Some(problem) if self.variant_without_field => {
                problem.push_str(&format!(" in field `{field}`"));
                self.variant_without_field = false;
                self
            }
            Some(_) => self,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            self.problem
                .as_deref()
                .unwrap_or("not valid JSON of the expected shape"),
        )
    }
}

impl std::error::Error for Error {}

// Every constructor is overridden: the defaults would format their arguments, which is exactly
// what this module avoids.
impl de::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error::default()
    }
    fn invalid_type(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        Error::default()
    }
    fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        Error::default()
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Error::default()
    }
    fn unknown_variant(variant: &str, _: &'static [&'static str]) -> Self {
        Error {
            variant_without_field: true,
            ..Error::naming("unknown variant", variant)
        }
    }
    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        Error::naming("unknown field", field)
    }
    fn missing_field(field: &'static str) -> Self {
        Error::naming("missing field", field)
    }
    fn duplicate_field(field: &'static str) -> Self {
        Error::naming("duplicate field", field)
    }
}

type Result<T> = std::result::Result<T, Error>;

pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    let mut reader = Reader {
        input: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut reader)?;
    reader.skip_whitespace();
    if reader.pos == reader.input.len() {
        Ok(value)
    } else {
        Err(Error::default())
    }
}

struct Reader<'de> {
    input: &'de [u8],
    pos: usize,
    depth: u16,
}

/// What a number turned out to be. Floats (and integers too large for 64 bits, which serde_json
/// reads as floats) are recognised but not converted.
enum Number {
    Unsigned(u64),
    Signed(i64),
    Float,
}

impl<'de> Reader<'de> {
    // Called for nearly every byte; without inlining (opt-level "z" would not) the call is most
    // of the reading time.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// The next byte after whitespace, not consumed.
    fn peek_token(&mut self) -> Result<u8> {
        self.skip_whitespace();
        self.peek().ok_or_else(Error::default)
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek_token()? == byte {
            self.pos += 1;
            Ok(())
        } else {
            Err(Error::default())
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.input[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(Error::default())
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Number> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(Error::default()),
        }
        let integer = &self.input[start..self.pos];
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(Error::default());
            }
            float = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(Error::default());
            }
            float = true;
        }
        if float {
            return Ok(Number::Float);
        }
        let magnitude = integer.iter().try_fold(0u64, |value, digit| {
            value.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
        });
        Ok(match magnitude {
            Some(value) if !negative => Number::Unsigned(value),
            // serde_json reads -0 as a float.
            Some(0) => Number::Float,
            Some(value) if value <= 1 << 63 => Number::Signed((value as i64).wrapping_neg()),
            _ => Number::Float,
        })
    }

    fn hex4(&mut self) -> Result<u16> {
        let digits = self
            .input
            .get(self.pos..self.pos + 4)
            .ok_or_else(Error::default)?;
        let mut value = 0u16;
        for &digit in digits {
            let nibble = (digit as char).to_digit(16).ok_or_else(Error::default)?;
            value = value * 16 + nibble as u16;
        }
        self.pos += 4;
        Ok(value)
    }

    /// A string, after its opening quote. Borrowed when it has no escapes. With `strict` off (for
    /// ignored values, as in serde_json) `\u` escapes need only be four hex digits.
    fn string(&mut self, strict: bool) -> Result<Cow<'de, str>> {
        let mut owned: Option<String> = None;
        let mut start = self.pos;
        loop {
            // Plain characters are skipped in one scan; only the bytes that end or escape the
            // string, or are not allowed in it, are looked at one by one.
            let plain = self.input[self.pos..]
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
                .ok_or_else(Error::default)?;
            self.pos += plain;
            let byte = self.input[self.pos];
            match byte {
                b'"' => {
                    let tail = self.text(start)?;
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(
                        std::str::from_utf8(&self.input[start..self.pos])
                            .map_err(|_| Error::default())?,
                    );
                    self.pos += 1;
                    let escape = self.peek().ok_or_else(Error::default)?;
                    self.pos += 1;
                    let decoded = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape(strict)?,
                        _ => return Err(Error::default()),
                    };
                    text.push(decoded);
                    start = self.pos;
                }
                // A control character, which JSON does not allow unescaped.
                _ => return Err(Error::default()),
            }
        }
    }

    fn text(&self, start: usize) -> Result<&'de str> {
        // The input came from a `&str` and `start..pos` never splits a character (it starts and
        // ends at ASCII: a quote, a backslash, or a whole value's first and last byte), so this
        // does not fail.
        std::str::from_utf8(&self.input[start..self.pos]).map_err(|_| Error::default())
    }

    fn unicode_escape(&mut self, strict: bool) -> Result<char> {
        let first = self.hex4()?;
        if !strict {
            return Ok(char::REPLACEMENT_CHARACTER);
        }
        match first {
            0xD800..=0xDBFF => {
                self.literal(b"\\u")?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(Error::default());
                }
                let code =
                    0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
                char::from_u32(code).ok_or_else(Error::default)
            }
            0xDC00..=0xDFFF => Err(Error::default()),
            _ => char::from_u32(u32::from(first)).ok_or_else(Error::default),
        }
    }

    /// Skips one value of any shape without building it. Iterative, like serde_json's, so an
    /// ignored field may nest deeper than `MAX_DEPTH`.
    fn skip_value(&mut self) -> Result<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek_token()? {
                b'[' => {
                    self.pos += 1;
                    if self.peek_token()? == b']' {
                        self.pos += 1;
                    } else {
                        open.push(b']');
                        continue;
                    }
                }
                b'{' => {
                    self.pos += 1;
                    if self.peek_token()? == b'}' {
                        self.pos += 1;
                    } else {
                        self.skip_key()?;
                        open.push(b'}');
                        continue;
                    }
                }
                b'"' => {
                    self.pos += 1;
                    self.string(false)?;
                }
                b'-' | b'0'..=b'9' => {
                    self.number()?;
                }
                b't' => self.literal(b"true")?,
                b'f' => self.literal(b"false")?,
                b'n' => self.literal(b"null")?,
                _ => return Err(Error::default()),
            }
            // A value is complete: close what it completes, or move on to the next element.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.peek_token()? {
                    b',' => {
                        self.pos += 1;
                        if close == b'}' {
                            self.skip_key()?;
                        }
                        break;
                    }
                    byte if byte == close => {
                        self.pos += 1;
                        open.pop();
                    }
                    _ => return Err(Error::default()),
                }
            }
        }
    }

    fn skip_key(&mut self) -> Result<()> {
        self.expect(b'"')?;
        self.string(false)?;
        self.expect(b':')
    }

    fn nest(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(Error::default());
        }
        Ok(())
    }
}

// The typed entry points below read only the JSON type they accept instead of forwarding to
// `deserialize_any`: each visitor then instantiates one small branch rather than the whole
// reader, which keeps the widget's code size down.
impl<'de> Reader<'de> {
    fn visit_string<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        if self.peek_token()? != b'"' {
            return Err(Error::default());
        }
        self.pos += 1;
        match self.string(true)? {
            Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    fn visit_number<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        if !matches!(self.peek_token()?, b'-' | b'0'..=b'9') {
            return Err(Error::default());
        }
        match self.number()? {
            Number::Unsigned(value) => visitor.visit_u64(value),
            Number::Signed(value) => visitor.visit_i64(value),
            Number::Float => Err(Error::default()),
        }
    }

    fn visit_bool<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        match self.peek_token()? {
            b't' => {
                self.literal(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.literal(b"false")?;
                visitor.visit_bool(false)
            }
            _ => Err(Error::default()),
        }
    }

    fn visit_null<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.literal(b"null")?;
        visitor.visit_unit()
    }

    fn visit_array<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.expect(b'[')?;
        self.nest()?;
        let value = visitor.visit_seq(Elements {
            reader: self,
            first: true,
        })?;
        self.depth -= 1;
        self.expect(b']')?;
        Ok(value)
    }

    fn visit_object<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.expect(b'{')?;
        self.nest()?;
        let value = visitor.visit_map(Entries {
            reader: self,
            first: true,
            key: 0..0,
        })?;
        self.depth -= 1;
        self.expect(b'}')?;
        Ok(value)
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek_token()? {
            b'n' => self.visit_null(visitor),
            b't' | b'f' => self.visit_bool(visitor),
            b'"' => self.visit_string(visitor),
            b'-' | b'0'..=b'9' => self.visit_number(visitor),
            b'[' => self.visit_array(visitor),
            b'{' => self.visit_object(visitor),
            _ => Err(Error::default()),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_bool(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_string(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_null(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_array(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.visit_array(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_object(visitor)
    }

    /// An object, or an array of the fields in order, as serde_json accepts.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // Only the object form: serde_json also reads a struct written as an array, but nothing
        // writes one here, and accepting it links a second reader for every record type.
        self.visit_object(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek_token()? == b'n' {
            self.literal(b"null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        if name == RAW_JSON {
            self.skip_whitespace();
            let start = self.pos;
            self.skip_value()?;
            return visitor.visit_str(self.text(start)?);
        }
        visitor.visit_newtype_struct(self)
    }

    /// `"variant"` for a unit variant, `{"variant": value}` for the others, as serde_json.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match self.peek_token()? {
            b'"' => {
                self.pos += 1;
                match self.string(true)? {
                    Cow::Borrowed(text) => {
                        visitor.visit_enum(de::value::BorrowedStrDeserializer::new(text))
                    }
                    Cow::Owned(text) => visitor.visit_enum(text.into_deserializer()),
                }
            }
            b'{' => {
                self.pos += 1;
                self.nest()?;
                let value = visitor.visit_enum(Variant { reader: self })?;
                self.depth -= 1;
                self.expect(b'}')?;
                Ok(value)
            }
            _ => Err(Error::default()),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip_value()?;
        visitor.visit_unit()
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_number(visitor)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit_struct tuple_struct
    }
}

struct Elements<'a, 'de> {
    reader: &'a mut Reader<'de>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.reader.peek_token()? == b']' {
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) {
            self.reader.expect(b',')?;
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

struct Entries<'a, 'de> {
    reader: &'a mut Reader<'de>,
    first: bool,
    /// Where the last key's text is in the input, to name it when its value fails.
    key: std::ops::Range<usize>,
}

impl<'de> de::MapAccess<'de> for Entries<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.reader.peek_token()? == b'}' {
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) {
            self.reader.expect(b',')?;
        }
        // Keys are strings, whatever the seed would take.
        if self.reader.peek_token()? != b'"' {
            return Err(Error::default());
        }
        let start = self.reader.pos + 1;
        let key = seed.deserialize(&mut *self.reader)?;
        self.key = start..self.reader.pos.saturating_sub(1).max(start);
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.reader.expect(b':')?;
        let reader = &mut *self.reader;
        seed.deserialize(&mut *reader)
            .map_err(|error| error.in_field(reader.input.get(self.key.clone()).unwrap_or_default()))
    }
}

/// The `{"variant": value}` form of an enum.
struct Variant<'a, 'de> {
    reader: &'a mut Reader<'de>,
}

impl<'de> de::EnumAccess<'de> for Variant<'_, 'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<(T::Value, Self)> {
        if self.reader.peek_token()? != b'"' {
            return Err(Error::default());
        }
        let variant = seed.deserialize(&mut *self.reader)?;
        self.reader.expect(b':')?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<()> {
        de::Deserialize::deserialize(self.reader)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self.reader)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        de::Deserializer::deserialize_seq(self.reader, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        de::Deserializer::deserialize_map(self.reader, visitor)
    }
}

// The differential tests against serde_json read the coach's records, so they live with the
// coach: crates/coach/tests/json_reader.rs.
