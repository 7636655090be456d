//! Spanish for changing a guest link, its expiry phrases, the access requests and "Used by".

use super::*;

pub(super) static LINK_EDIT: LinkEditText = LinkEditText {
    edit_named: Tpl("Editar enlace: {name}"),
    title: "Editar enlace",
    description: "Cambia el nombre del enlace, su límite de clics o cuánto tiempo funciona. Ampliar un enlace caducado o agotado hace que vuelva a funcionar.",
    clicks_used: Plural::es(
        "Se usó una vez hasta ahora. Déjalo vacío para que sea ilimitado.",
        "Se usó {count} veces hasta ahora. Déjalo vacío para que sea ilimitado.",
        "Se usó {count} de veces hasta ahora. Déjalo vacío para que sea ilimitado.",
    ),
    below_used: Plural::es(
        "Este enlace ya se usó una vez: escribe 1 o más, o déjalo vacío para que sea ilimitado.",
        "Este enlace ya se usó {count} veces: escribe {count} o más, o déjalo vacío para que sea ilimitado.",
        "Este enlace ya se usó {count} de veces: escribe {count} o más, o déjalo vacío para que sea ilimitado.",
    ),
    expires_hint: Tpl("Ahora caduca el {when}. Los días se cuentan desde hoy al guardar."),
    expired_hint: Tpl(
        "Caducó el {when}. Escribe un número de días para que vuelva a funcionar, contados desde hoy.",
    ),
    never_hint: "Ahora no caduca nunca. Los días se cuentan desde hoy al guardar.",
    save: "Guardar",
    saving: "Guardando…",
    updated: Tpl("Enlace “{name}” actualizado"),
    not_updated: Tpl("No se actualizó el enlace. {reason}"),
    gone: "Ese enlace se eliminó, quizá en otra ventana. La lista está actualizada.",
};

pub(super) static RELATIVE: RelativeText = RelativeText {
    in_minutes: Plural::es(
        "en {count} minuto",
        "en {count} minutos",
        "en {count} de minutos",
    ),
    in_hours: Plural::es("en {count} hora", "en {count} horas", "en {count} de horas"),
    in_days: Plural::es("en {count} día", "en {count} días", "en {count} de días"),
    expired_minutes: Plural::es(
        "caducó hace {count} minuto",
        "caducó hace {count} minutos",
        "caducó hace {count} de minutos",
    ),
    expired_hours: Plural::es(
        "caducó hace {count} hora",
        "caducó hace {count} horas",
        "caducó hace {count} de horas",
    ),
    expired_days: Plural::es(
        "caducó hace {count} día",
        "caducó hace {count} días",
        "caducó hace {count} de días",
    ),
    expired_now: "caducó hace un momento",
    with_date: Tpl("{date} · {phrase}"),
    exact: Tpl("Caduca el {time}"),
    exact_past: Tpl("Caducó el {time}"),
};

pub(super) static ACCESS_REQUESTS: AccessRequestsText = AccessRequestsText {
    heading: "Solicitudes de acceso",
    count: Plural::es(
        "1 solicitud",
        "{count} solicitudes",
        "{count} de solicitudes",
    ),
    via: Tpl("Por el enlace {link}"),
    via_deleted: Tpl("Por el enlace {link} (eliminado)"),
    asked_at: Tpl("Lo pidió el {when}"),
    extend: "Ampliar enlace",
    create: "Crear enlace nuevo",
    dismiss: "Descartar",
    dismiss_named: Tpl("Descartar la solicitud de {name}"),
    not_dismissed: Tpl("No se descartó la solicitud. {reason}"),
};

pub(super) static LINK_JOINS: LinkJoinsText = LinkJoinsText {
    row_button: "Usado por",
    row_button_named: Tpl("Usado por: {name}"),
    title: Tpl("Usado por: {name}"),
    count: Plural::es(
        "1 persona usó este enlace",
        "{count} personas usaron este enlace",
        "{count} de personas usaron este enlace",
    ),
    none: "Nadie ha usado este enlace todavía",
    caption: "Personas que usaron este enlace, de la más reciente a la más antigua",
    name: "Nombre",
    email: "Correo electrónico",
    when: "Cuándo",
    outcome: "Resultado",
    entered: "Entró",
    waiting: "En espera",
    denied: "Rechazado",
    left: "Salió",
    ago_minutes: Plural::es(
        "hace {count} minuto",
        "hace {count} minutos",
        "hace {count} de minutos",
    ),
    ago_hours: Plural::es(
        "hace {count} hora",
        "hace {count} horas",
        "hace {count} de horas",
    ),
    ago_days: Plural::es(
        "hace {count} día",
        "hace {count} días",
        "hace {count} de días",
    ),
    just_now: "ahora mismo",
    loading: "Cargando quién usó este enlace",
    shown: Tpl("Se muestran {shown} de {total}"),
    load_more: "Cargar más",
    loading_more: "Cargando…",
    page_failed: Tpl("No se pudieron cargar más personas. {reason}"),
    retry: "Reintentar",
    gone: "Ese enlace se eliminó, quizá en otra ventana.",
    download_csv: "Descargar CSV",
    preparing_csv: "Preparando el CSV…",
    csv_failed: Tpl("No se pudo generar el CSV. {reason}"),
    csv_not_saved: "No se pudo guardar el archivo. Vuelve a intentarlo.",
    csv_header: [
        "Nombre",
        "Correo electrónico",
        "Entró el (UTC)",
        "Resultado",
    ],
    done: "Listo",
};
