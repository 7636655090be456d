//! A short, soft two-note tone from the Web Audio API: nothing to download, and quiet enough
//! to hear without being startled.
//!
//! Browsers start audio only after the person has interacted with the page, so [`unlock`] is
//! called from the gesture that turns the sound on (or any later one); [`play`] before that
//! plays nothing rather than failing.

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Creates (or resumes) the page's audio context; call it from a click or key press.
pub fn unlock() {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        if let Some(context) = context.as_ref() {
            let _ = context.resume();
        }
    });
}

/// Plays the tone: two sine notes a fifth apart, fading in and out over half a second.
pub fn play() {
    CONTEXT.with(|context| {
        if let Some(context) = context.borrow().as_ref() {
            let start = context.current_time();
            for (offset, frequency) in [(0.0, 660.0), (0.18, 880.0)] {
                let _ = note(context, start + offset, frequency);
            }
        }
    });
}

fn note(context: &AudioContext, at: f64, frequency: f32) -> Result<(), wasm_bindgen::JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(frequency);
    let gain = context.create_gain()?;
    let volume = gain.gain();
    volume.set_value_at_time(0.0, at)?;
    volume.linear_ramp_to_value_at_time(0.12, at + 0.03)?;
    volume.exponential_ramp_to_value_at_time(0.0001, at + 0.32)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + 0.34)?;
    Ok(())
}
