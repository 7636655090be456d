//! Names for the demo directory and for benchmark crowds: varied on purpose, so that
//! autocomplete, sorting and long names get exercised.

/// `(first name, last name, email)` of the directory users, in id order.
pub const DIRECTORY: &[(&str, &str, &str)] = &[
    ("Ann", "Lee", "ann.lee@example.com"),
    ("Anna", "Kowalski", "anna.kowalski@example.com"),
    ("Annika", "Berg", "annika.berg@example.org"),
    ("Joanna", "Smith", "joanna.smith@example.com"),
    ("Hannah", "Schmidt", "h.schmidt@example.net"),
    ("Ananya", "Iyer", "ananya.iyer@example.com"),
    ("Aiko", "Tanaka", "aiko.tanaka@example.jp"),
    ("Amara", "Okafor", "amara.okafor@example.com"),
    ("Mateo", "García", "mateo.garcia@example.es"),
    ("Sofía", "Hernández", "sofia.hernandez@example.com"),
    ("Lucas", "Martin", "lucas.martin@example.fr"),
    ("Chloé", "Dubois", "chloe.dubois@example.fr"),
    ("Liam", "Murphy", "liam.murphy@example.ie"),
    ("Olivia", "Brown", "olivia.brown@example.com"),
    ("Noah", "Wilson", "noah.wilson@example.com"),
    ("Emma", "Johnson", "emma.johnson@example.org"),
    ("Mia", "Rossi", "mia.rossi@example.it"),
    ("Luca", "Bianchi", "luca.bianchi@example.it"),
    ("Giulia", "Romano", "giulia.romano@example.it"),
    ("Jonas", "Müller", "jonas.mueller@example.de"),
    ("Lena", "Fischer", "lena.fischer@example.de"),
    ("Finn", "Jensen", "finn.jensen@example.dk"),
    ("Freya", "Nilsson", "freya.nilsson@example.se"),
    ("Oskar", "Lindqvist", "oskar.lindqvist@example.se"),
    ("Wei", "Zhang", "wei.zhang@example.com"),
    ("Mei", "Chen", "mei.chen@example.com"),
    ("Haruto", "Sato", "haruto.sato@example.jp"),
    ("Yuna", "Kim", "yuna.kim@example.kr"),
    ("Min-jun", "Park", "minjun.park@example.kr"),
    ("Arjun", "Sharma", "arjun.sharma@example.in"),
    ("Priya", "Patel", "priya.patel@example.com"),
    ("Ravi", "Kumar", "ravi.kumar@example.in"),
    ("Fatima", "Al-Sayed", "fatima.alsayed@example.com"),
    ("Omar", "Haddad", "omar.haddad@example.com"),
    ("Layla", "Nasser", "layla.nasser@example.org"),
    ("Kwame", "Mensah", "kwame.mensah@example.com"),
    ("Ama", "Owusu", "ama.owusu@example.com"),
    ("Chidi", "Eze", "chidi.eze@example.ng"),
    ("Zanele", "Dlamini", "zanele.dlamini@example.za"),
    ("Thabo", "Nkosi", "thabo.nkosi@example.za"),
    ("Isabela", "Santos", "isabela.santos@example.br"),
    ("João", "Pereira", "joao.pereira@example.pt"),
    ("Camila", "Rodríguez", "camila.rodriguez@example.com"),
    ("Diego", "López", "diego.lopez@example.mx"),
    ("Valentina", "Torres", "valentina.torres@example.com"),
    ("Nikolai", "Ivanov", "nikolai.ivanov@example.net"),
    ("Olga", "Petrova", "olga.petrova@example.net"),
    ("Eero", "Virtanen", "eero.virtanen@example.fi"),
    ("Siobhan", "Kelly", "siobhan.kelly@example.ie"),
    (
        "Maximilian-Alexander",
        "von Hohenberg-Wittelsbach",
        "max.vonhohenberg@example.de",
    ),
];

/// First names for generated crowds.
pub const FIRST_NAMES: &[&str] = &[
    "Aaliyah", "Bruno", "Carmen", "Dmitri", "Elif", "Farah", "Gustavo", "Hiroshi", "Ingrid",
    "Jamal", "Keiko", "Lars", "Marisol", "Nadia", "Obinna", "Paulina", "Quentin", "Rania",
    "Santiago", "Tamar", "Uma", "Viktor", "Wanjiru", "Xavier", "Yasmin", "Zoë", "Ahmed", "Björn",
    "Céline", "Dara",
];

/// Last names for generated crowds.
pub const LAST_NAMES: &[&str] = &[
    "Abara",
    "Becker",
    "Castillo",
    "Demir",
    "Eriksen",
    "Fontaine",
    "Gonzaga",
    "Hoang",
    "Ibrahim",
    "Jovanović",
    "Kaur",
    "Larsen",
    "Mwangi",
    "Nakamura",
    "O'Connor",
    "Popescu",
    "Quispe",
    "Rahman",
    "Silva",
    "Takahashi",
    "Ulloa",
    "Varga",
    "Weiss",
    "Xu",
    "Yilmaz",
    "Zielińska",
    "Achebe",
    "Brennan",
    "Costa",
];

/// The `n`-th generated full name: every pairing of the lists before any repeats.
pub fn crowd_name(n: usize) -> String {
    let first = FIRST_NAMES[n % FIRST_NAMES.len()];
    let last = LAST_NAMES[(n / FIRST_NAMES.len() + n) % LAST_NAMES.len()];
    format!("{first} {last}")
}
