"""The glossary database: schema, migrations and the repository (the only module with SQL)."""
