use contract::Settings;
use rusqlite::{params, Connection};

/// The platform settings (one row, created by the first migration).
pub fn get(conn: &Connection) -> rusqlite::Result<Settings> {
    conn.query_row(
        "SELECT max_guest_links, invite_link_duration_minutes, invite_link_reusability,
                invite_email_template, default_locale
         FROM settings WHERE id = 1",
        [],
        |row| {
            Ok(Settings {
                max_guest_links: row.get(0)?,
                invite_link_duration_minutes: row.get(1)?,
                invite_link_reusability: row.get(2)?,
                invite_email_template: row.get(3)?,
                default_locale: row.get(4)?,
            })
        },
    )
}

/// Replaces the settings.
pub fn put(conn: &Connection, settings: &Settings) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE settings SET max_guest_links = ?1, invite_link_duration_minutes = ?2,
                invite_link_reusability = ?3, invite_email_template = ?4, default_locale = ?5
         WHERE id = 1",
        params![
            settings.max_guest_links,
            settings.invite_link_duration_minutes,
            settings.invite_link_reusability,
            settings.invite_email_template,
            settings.default_locale
        ],
    )?;
    Ok(())
}
