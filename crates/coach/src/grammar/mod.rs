pub mod en;
pub mod nb;
pub mod sv;
