use leptos::prelude::*;

use super::{ControlStates, Specimen};
use crate::api::ApiError;
use crate::ui::{LoadError, Loading};

/// The building blocks, each in its states.
#[component]
pub fn Primitives() -> impl IntoView {
    let server_error = ApiError::Unexpected { status: 500 };
    view! {
        <section aria-labelledby="primitives">
            <h2 id="primitives">"Primitives"</h2>
            <Specimen title="Loading">
                <Loading label="Loading media" />
            </Specimen>
            <Specimen title="Load error: network, with Try again">
                <LoadError error=ApiError::Network retry=|| () />
            </Specimen>
            <Specimen title="Load error: server error, with Try again">
                <LoadError error=server_error retry=|| () />
            </Specimen>
            <Specimen title="Buttons">
                <div class="cluster">
                    <button type="button" class="btn btn-primary">
                        "Create"
                    </button>
                    <button type="button" class="btn">
                        "Cancel"
                    </button>
                    <button type="button" class="btn btn-quiet">
                        "Sign out"
                    </button>
                    <button type="button" class="btn btn-danger">
                        "Delete"
                    </button>
                    <button type="button" class="btn btn-primary" disabled=true>
                        "Disabled"
                    </button>
                </div>
            </Specimen>
            <ControlStates />
        </section>
    }
}
