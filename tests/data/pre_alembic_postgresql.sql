-- The store's schema before Alembic (dragoman main at 99f35b1, made by metadata.create_all), postgresql.
-- tests/test_store.py builds an old store from it; statements end with a line holding ';'.
CREATE TABLE actor_merges (
	id SERIAL NOT NULL, 
	into_id VARCHAR(200) NOT NULL, 
	merged_id VARCHAR(200) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	undone_at VARCHAR(32), 
	record TEXT NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_actor_merges_into_id ON actor_merges (into_id)
;
CREATE INDEX ix_actor_merges_merged_id ON actor_merges (merged_id)
;
CREATE TABLE actors (
	id VARCHAR(200) NOT NULL, 
	name TEXT NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	country VARCHAR(3), 
	sector VARCHAR(10), 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_actors_country ON actors (country)
;
CREATE INDEX ix_actors_country_id ON actors (country, id)
;
CREATE INDEX ix_actors_kind ON actors (kind)
;
CREATE TABLE article_revisions (
	id SERIAL NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	replaced_by VARCHAR(200) NOT NULL, 
	title TEXT, 
	published VARCHAR(10), 
	url TEXT, 
	path TEXT, 
	content_hash VARCHAR(64) NOT NULL, 
	text TEXT NOT NULL, 
	ingested_at VARCHAR(32) NOT NULL, 
	replaced_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_article_revisions_article_id ON article_revisions (article_id)
;
CREATE INDEX ix_article_revisions_replaced_by ON article_revisions (replaced_by)
;
CREATE TABLE articles (
	id VARCHAR(200) NOT NULL, 
	title TEXT, 
	published VARCHAR(10), 
	language VARCHAR(10), 
	url TEXT, 
	source TEXT, 
	path TEXT, 
	content_hash VARCHAR(64) NOT NULL, 
	text TEXT NOT NULL, 
	ingested_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_articles_content_hash ON articles (content_hash)
;
CREATE INDEX ix_articles_published ON articles (published)
;
CREATE TABLE event_corrections (
	id SERIAL NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	field VARCHAR(20) NOT NULL, 
	value TEXT, 
	note TEXT, 
	created_at VARCHAR(32) NOT NULL, 
	undone_at VARCHAR(32), 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_event_corrections_event_id ON event_corrections (event_id)
;
CREATE TABLE event_merges (
	id SERIAL NOT NULL, 
	into_id VARCHAR(40) NOT NULL, 
	merged_id VARCHAR(40) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	article_id VARCHAR(200), 
	explanation TEXT NOT NULL, 
	reports TEXT NOT NULL, 
	aliases TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	undone_at VARCHAR(32), 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_event_merges_into_id ON event_merges (into_id)
;
CREATE INDEX ix_event_merges_merged_id ON event_merges (merged_id)
;
CREATE TABLE event_revisions (
	id SERIAL NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	action VARCHAR(16) NOT NULL, 
	article_id VARCHAR(200), 
	merge_id INTEGER, 
	changes TEXT NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_event_revisions_event_id ON event_revisions (event_id)
;
CREATE TABLE events (
	id VARCHAR(40) NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	mode VARCHAR(40), 
	contexts TEXT NOT NULL, 
	cameo VARCHAR(8), 
	date_value VARCHAR(10), 
	date_start VARCHAR(10), 
	date_end VARCHAR(10), 
	date_precision VARCHAR(5), 
	date_min VARCHAR(10), 
	date_max VARCHAR(10), 
	date_basis VARCHAR(12) NOT NULL, 
	date_text TEXT, 
	date_article_id VARCHAR(200), 
	date_char_start INTEGER, 
	date_char_end INTEGER, 
	location_name TEXT, 
	location_country VARCHAR(3), 
	lat FLOAT, 
	lon FLOAT, 
	location_char_start INTEGER, 
	location_char_end INTEGER, 
	factuality VARCHAR(14) NOT NULL, 
	attribution TEXT NOT NULL, 
	confidence FLOAT NOT NULL, 
	source_count INTEGER NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_events_confidence_id ON events (confidence, id)
;
CREATE INDEX ix_events_date_max ON events (date_max)
;
CREATE INDEX ix_events_date_min ON events (date_min)
;
CREATE INDEX ix_events_date_start ON events (date_start)
;
CREATE INDEX ix_events_date_start_id ON events (date_start, id)
;
CREATE INDEX ix_events_date_value ON events (date_value)
;
CREATE INDEX ix_events_factuality_period_id ON events (factuality, date_max, date_min, date_start, id)
;
CREATE INDEX ix_events_location_country ON events (location_country)
;
CREATE INDEX ix_events_period_start_id ON events (date_max, date_min, date_start, id)
;
CREATE INDEX ix_events_source_count_id ON events (source_count, id)
;
CREATE INDEX ix_events_type ON events (type)
;
CREATE INDEX ix_events_type_date_start_id ON events (type, date_start, id)
;
CREATE INDEX ix_events_type_period_id ON events (type, date_max, date_min, date_start, id)
;
CREATE TABLE actor_aliases (
	actor_id VARCHAR(200) NOT NULL, 
	alias VARCHAR(300) NOT NULL, 
	alias_lower VARCHAR(300) NOT NULL, 
	PRIMARY KEY (actor_id, alias), 
	FOREIGN KEY(actor_id) REFERENCES actors (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_actor_aliases_alias_lower ON actor_aliases (alias_lower)
;
CREATE TABLE actor_mentions (
	id SERIAL NOT NULL, 
	actor_id VARCHAR(200) NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(actor_id) REFERENCES actors (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_actor_mentions_actor_id ON actor_mentions (actor_id)
;
CREATE INDEX ix_actor_mentions_article_id ON actor_mentions (article_id)
;
CREATE TABLE actor_roles (
	id SERIAL NOT NULL, 
	actor_id VARCHAR(200) NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	title TEXT NOT NULL, 
	country VARCHAR(3), 
	start VARCHAR(10), 
	"end" VARCHAR(10), 
	current BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(actor_id) REFERENCES actors (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_actor_roles_actor_id ON actor_roles (actor_id)
;
CREATE TABLE claims (
	id SERIAL NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	field VARCHAR(40) NOT NULL, 
	value TEXT NOT NULL, 
	attributed_to TEXT, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_claims_event_field ON claims (event_id, field)
;
CREATE INDEX ix_claims_event_id ON claims (event_id)
;
CREATE TABLE event_aliases (
	alias VARCHAR(40) NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (alias), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_event_aliases_event_id ON event_aliases (event_id)
;
CREATE TABLE event_conflicts (
	event_id VARCHAR(40) NOT NULL, 
	field VARCHAR(40) NOT NULL, 
	PRIMARY KEY (event_id, field), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
;
CREATE TABLE event_countries (
	country VARCHAR(3) NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	PRIMARY KEY (country, event_id), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_event_countries_event_id ON event_countries (event_id)
;
CREATE TABLE event_mentions (
	id SERIAL NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	trigger TEXT, 
	trigger_start INTEGER, 
	trigger_end INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_event_mentions_article_id ON event_mentions (article_id)
;
CREATE INDEX ix_event_mentions_event_id ON event_mentions (event_id)
;
CREATE TABLE event_participants (
	event_id VARCHAR(40) NOT NULL, 
	actor_id VARCHAR(200) NOT NULL, 
	role VARCHAR(6) NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (event_id, actor_id, role), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(actor_id) REFERENCES actors (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_event_participants_actor_event ON event_participants (actor_id, event_id)
;
CREATE INDEX ix_event_participants_actor_id ON event_participants (actor_id)
;
CREATE TABLE event_reports (
	id SERIAL NOT NULL, 
	event_id VARCHAR(40) NOT NULL, 
	article_id VARCHAR(200) NOT NULL, 
	extracted_id VARCHAR(40) NOT NULL, 
	payload TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_event_reports_article_id ON event_reports (article_id)
;
CREATE INDEX ix_event_reports_event_id ON event_reports (event_id)
;
CREATE INDEX ix_event_reports_extracted_id ON event_reports (extracted_id)
;
