pub mod nl;
