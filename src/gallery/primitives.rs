use leptos::prelude::*;

use super::{ControlStates, Specimen};
use crate::api::ApiError;
use crate::ui::{LoadError, Loading};
use crate::wording::{host_t, t};

/// The building blocks, each in its states.
#[component]
pub fn Primitives() -> impl IntoView {
    let server_error = ApiError::Unexpected { status: 500 };
    view! {
        <section aria-labelledby="primitives">
            <h2 data-gallery-chrome="" id="primitives">
                "Primitives"
            </h2>
            <Specimen title="Loading">
                <Loading label=host_t().media.loading />
            </Specimen>
            <Specimen title="Load error: network, with Try again">
                <LoadError error=ApiError::Network retry=|| () />
            </Specimen>
            <Specimen title="Load error: server error, with Try again">
                <LoadError error=server_error retry=|| () />
            </Specimen>
            <Specimen title="Buttons: primary, secondary, quiet, danger, disabled">
                <div class="cluster">
                    <button type="button" class="btn btn-primary">
                        {host_t().guest_access.create}
                    </button>
                    <button type="button" class="btn">
                        {t().common.cancel}
                    </button>
                    <button type="button" class="btn btn-quiet">
                        {host_t().shell.sign_out}
                    </button>
                    <button type="button" class="btn btn-danger">
                        {host_t().guest_access.delete}
                    </button>
                    <button type="button" class="btn btn-primary" disabled=true>
                        {host_t().guest_access.create_new_link}
                    </button>
                </div>
            </Specimen>
            <ControlStates />
        </section>
    }
}
