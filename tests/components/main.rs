//! Component tests: each mounts a piece of the app in headless Chromium and drives it the way
//! a person would, selecting by role and label.
#![cfg(target_arch = "wasm32")]

mod fetch_stub;
mod support;

mod access_requests;
mod create_link;
mod date_format;
mod denial;
mod forms;
mod foundation;
mod gallery_switches;
mod guest_entry;
mod guest_prefetch;
mod invite_combobox;
mod invite_delivery;
mod invite_form;
mod invite_lobby;
mod invite_requests;
mod json_wire;
mod leaving;
mod link_admission;
mod link_edit;
mod link_joins;
mod link_qr;
mod links_table;
mod menu_button;
mod modal;
mod number_format;
mod owned_tasks;
mod page_language;
mod participants;
mod pseudo_locale;
mod scoped_style;
mod switch;
mod toast;
mod waiting_page;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
