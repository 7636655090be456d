//! The contract's snake_case enums as SQLite text, through their own serde names so that the
//! database and the API always spell a value the same way.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::ToSql;
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde::Serialize;

/// A contract enum stored as its serde name, e.g. `MediaKind::LiveEvent` as `live_event`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text<T>(pub T);

/// The serde name of a unit variant.
pub fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("not a unit enum variant: {other:?}"),
    }
}

/// A unit variant back from its serde name.
pub fn parse_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    let deserializer: StrDeserializer<'_, ValueError> = name.into_deserializer();
    T::deserialize(deserializer).ok()
}

impl<T: Serialize> ToSql for Text<T> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(name_of(&self.0)))
    }
}

impl<T: DeserializeOwned> FromSql for Text<T> {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let name = value.as_str()?;
        parse_name(name)
            .map(Text)
            .ok_or_else(|| FromSqlError::Other(format!("unknown value {name:?}").into()))
    }
}

#[cfg(test)]
mod tests {
    use contract::MediaKind;

    use super::*;

    #[test]
    fn given_a_kind_should_round_trip_through_its_name() {
        for kind in MediaKind::ALL {
            assert_eq!(parse_name::<MediaKind>(&name_of(&kind)), Some(kind));
        }
        assert_eq!(name_of(&MediaKind::LiveEvent), "live_event");
    }
}
