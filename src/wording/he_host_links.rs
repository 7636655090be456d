//! Hebrew for changing a guest link, its expiry phrases, the access requests and "Used by".

use super::*;

pub(super) static LINK_EDIT: LinkEditText = LinkEditText {
    edit_named: Tpl("עריכת הקישור: {name}"),
    title: "עריכת קישור",
    description: "אפשר לשנות את שם הקישור, את מגבלת הקליקים שלו או את משך הזמן שהוא עובד. הארכה של קישור שתוקפו פג או שנוצל מפעילה אותו מחדש.",
    clicks_used: Plural::he(
        "נעשה בו שימוש פעם אחת עד עכשיו. השארת השדה ריק פירושה ללא הגבלה.",
        "נעשה בו שימוש פעמיים עד עכשיו. השארת השדה ריק פירושה ללא הגבלה.",
        "נעשה בו שימוש {count} פעמים עד עכשיו. השארת השדה ריק פירושה ללא הגבלה.",
    ),
    below_used: Plural::he(
        "כבר נעשה שימוש בקישור הזה פעם אחת: יש להזין 1 או יותר, או להשאיר ריק ללא הגבלה.",
        "כבר נעשה שימוש בקישור הזה פעמיים: יש להזין {count} או יותר, או להשאיר ריק ללא הגבלה.",
        "כבר נעשה שימוש בקישור הזה {count} פעמים: יש להזין {count} או יותר, או להשאיר ריק ללא הגבלה.",
    ),
    expires_hint: Tpl("כעת התוקף יפוג ב־{when}. הימים נספרים מהיום בעת השמירה."),
    expired_hint: Tpl("התוקף פג ב־{when}. כדי להפעיל אותו מחדש יש להזין מספר ימים, שנספרים מהיום."),
    never_hint: "כעת התוקף לא יפוג אף פעם. הימים נספרים מהיום בעת השמירה.",
    save: "שמירה",
    saving: "שומרים…",
    updated: Tpl("הקישור “{name}” עודכן"),
    not_updated: Tpl("הקישור לא עודכן. {reason}"),
    gone: "הקישור הזה נמחק, אולי בחלון אחר. הרשימה עודכנה.",
};

pub(super) static RELATIVE: RelativeText = RelativeText {
    in_minutes: Plural::he("בעוד דקה", "בעוד שתי דקות", "בעוד {count} דקות"),
    in_hours: Plural::he("בעוד שעה", "בעוד שעתיים", "בעוד {count} שעות"),
    in_days: Plural::he("בעוד יום", "בעוד יומיים", "בעוד {count} ימים"),
    expired_minutes: Plural::he(
        "התוקף פג לפני דקה",
        "התוקף פג לפני שתי דקות",
        "התוקף פג לפני {count} דקות",
    ),
    expired_hours: Plural::he(
        "התוקף פג לפני שעה",
        "התוקף פג לפני שעתיים",
        "התוקף פג לפני {count} שעות",
    ),
    expired_days: Plural::he(
        "התוקף פג לפני יום",
        "התוקף פג לפני יומיים",
        "התוקף פג לפני {count} ימים",
    ),
    expired_now: "התוקף פג הרגע",
    with_date: Tpl("{date} · {phrase}"),
    exact: Tpl("בתוקף עד {time}"),
    exact_past: Tpl("התוקף פג ב־{time}"),
};

pub(super) static ACCESS_REQUESTS: AccessRequestsText = AccessRequestsText {
    heading: "בקשות גישה",
    count: Plural::he("בקשה אחת", "שתי בקשות", "{count} בקשות"),
    via: Tpl("דרך הקישור {link}"),
    via_deleted: Tpl("דרך הקישור {link} (נמחק)"),
    asked_at: Tpl("הבקשה נשלחה {when}"),
    extend: "הארכת הקישור",
    create: "יצירת קישור חדש",
    dismiss: "התעלמות",
    dismiss_named: Tpl("התעלמות מהבקשה של {name}"),
    not_dismissed: Tpl("לא ניתן היה להתעלם מהבקשה. {reason}"),
};

pub(super) static LINK_JOINS: LinkJoinsText = LinkJoinsText {
    row_button: "מי השתמש",
    row_button_named: Tpl("מי השתמש: {name}"),
    title: Tpl("מי השתמש: {name}"),
    count: Plural::he(
        "אדם אחד השתמש בקישור הזה",
        "שני אנשים השתמשו בקישור הזה",
        "{count} אנשים השתמשו בקישור הזה",
    ),
    none: "עדיין אף אחד לא השתמש בקישור הזה",
    caption: "אנשים שהשתמשו בקישור הזה, מהחדש לישן",
    name: "שם",
    email: "אימייל",
    when: "מתי",
    outcome: "תוצאה",
    entered: "נכנס",
    waiting: "ממתין",
    denied: "נדחה",
    left: "יצא",
    ago_minutes: Plural::he("לפני דקה", "לפני שתי דקות", "לפני {count} דקות"),
    ago_hours: Plural::he("לפני שעה", "לפני שעתיים", "לפני {count} שעות"),
    ago_days: Plural::he("לפני יום", "לפני יומיים", "לפני {count} ימים"),
    just_now: "הרגע",
    loading: "טוענים את מי שהשתמש בקישור הזה",
    shown: Tpl("מוצגים {shown} מתוך {total}"),
    load_more: "טעינת עוד",
    loading_more: "בטעינה…",
    page_failed: Tpl("לא ניתן היה לטעון אנשים נוספים. {reason}"),
    retry: "לנסות שוב",
    gone: "הקישור הזה נמחק, אולי בחלון אחר.",
    download_csv: "הורדת CSV",
    preparing_csv: "מכינים את קובץ ה־CSV…",
    csv_failed: Tpl("לא ניתן היה ליצור את קובץ ה־CSV. {reason}"),
    csv_not_saved: "לא ניתן היה לשמור את הקובץ. אפשר לנסות שוב.",
    csv_header: ["שם", "אימייל", "זמן ההצטרפות (UTC)", "תוצאה"],
    done: "סיום",
};
