//! The desk's knowledge base of verified people and organisations.
