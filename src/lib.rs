pub mod coach;
