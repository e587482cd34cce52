/* ond-store-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Internal API shared by the files of OndStore (ond-store*.c). */

#pragma once

#include "ond-case-draft.h"
#include "ond-case-workflow.h"
#include "ond-statement.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The SQL that brings a database from user_version @from_version to @from_version + 1. */
const char *_ond_store_migration      (guint          from_version);
/* Migration 5, in ond-store-migration-5.c: ids are never given twice. */
extern const char _ond_store_migration_5[];
/* Migration 6, in ond-store-migration-6.c: the retention periods. */
extern const char _ond_store_migration_6[];
/* Migration 7, in ond-store-migration-7.c: the row version of a case (optimistic locking). */
extern const char _ond_store_migration_7[];
/* Migration 8, in ond-store-migration-8.c: the row versions of a case's intervention and a
 * budget line. */
extern const char _ond_store_migration_8[];
/* Migration 9, in ond-store-migration-9.c: the row versions of an action and of funding. */
extern const char _ond_store_migration_9[];
/* Migration 10, in ond-store-migration-10.c: the row versions of a planning row, a partner
 * and an explanation for the council. */
extern const char _ond_store_migration_10[];
/* Migration 11, in ond-store-migration-11.c: the row versions of the records of the
 * registers (control, measure, stop talk, activity). */
extern const char _ond_store_migration_11[];
/* Migration 12, in ond-store-migration-12.c: the row versions of a booking, a figure value
 * entered by hand, an intervention, a theme and an agenda item. */
extern const char _ond_store_migration_12[];
/* The whole schema at OND_STORE_SCHEMA_VERSION for a team server (PostgreSQL), in
 * ond-store-schema-pg.c: what migrations 1..12 make of an SQLite file. */
extern const char _ond_store_schema_pg[];

/* Checks a file the way ond_store_open() does before SQLite touches it (ond-store.c): an
 * SQLite database with our application_id and a user_version this version can open, else
 * OND_STORE_ERROR_UNREADABLE, _NOT_A_DATABASE, _FOREIGN or _NEWER. Reads the header only. */
gboolean    _ond_store_check_file     (const char    *path,
                                       guint32       *user_version,
                                       GError       **error);
sqlite3    *_ond_store_get_db         (OndStore      *self);
/* The team server's connection (ond-pg.h), or NULL for a file. */
OndPg      *_ond_store_get_pg         (OndStore      *self);
const char *_ond_store_user           (OndStore      *self);
gboolean    _ond_store_grant_roles    (OndStore      *self,
                                       GError       **error);
/* The SELECT grants on the figures tables' non-personal columns again (after a new column). */
gboolean    _ond_store_grant_figures  (OndStore      *self,
                                       GError       **error);
/* A new store on a server connection (takes @pg); _ond_store_open_server() opens @uri and
 * checks its schema (ond-store-server.c). */
OndStore   *_ond_store_new_server     (const char    *uri,
                                       OndPg         *pg) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *_ond_store_open_server    (const char    *uri,
                                       GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Whether a transaction is open on the connection (the store's own or an import's). */
gboolean    _ond_store_in_transaction (OndStore      *self);
/* Moves with every change made through this connection: for a file, SQLite's total changes;
 * on a server, the transactions this store committed. */
gint64      _ond_store_get_change_stamp (OndStore    *self);
/* Prepares @sql on the store's connection; fails clearly when the store was closed. */
OndStatement *_ond_store_prepare      (OndStore      *self,
                                       const char    *sql,
                                       GError       **error);
/* The first column of the first row of @sql (no parameters), 0 when there is no row. */
gboolean    _ond_store_query_int      (OndStore      *self,
                                       const char    *sql,
                                       gint64        *value,
                                       GError       **error);
/* Runs every statement in @sql (no parameters: DDL and constants only). */
gboolean    _ond_store_exec           (OndStore      *self,
                                       const char    *sql,
                                       GError       **error);
/* Fails with OND_STORE_ERROR_READ_ONLY when the database was opened read-only. */
gboolean    _ond_store_check_writable (OndStore      *self,
                                       GError       **error);

/* Emits ::changed once from the main loop (after a commit, or a change by another
 * connection). */
void        _ond_store_schedule_changed (OndStore    *self);

/* The window's claim on its file and the watch for changes made by other connections
 * (ond-store-watch.c); part of the store, cleared when it closes. */
typedef struct
{
  int      lock_fd;          /* -1: no claim */
  guint    source;           /* the polling timeout, 0: not watching */
  gint64   data_version;     /* PRAGMA data_version as last seen */
  gboolean lost;             /* the last look found no connection to the team server */
} OndStoreWatch;

OndStoreWatch *_ond_store_get_watch   (OndStore      *self);
void        _ond_store_watch_clear    (OndStore      *self);

gboolean    _ond_store_begin          (OndStore      *self,
                                       GError       **error);
gboolean    _ond_store_commit         (OndStore      *self,
                                       GError       **error);
void        _ond_store_rollback       (OndStore      *self);

/* The partners that belong to one row of another table (ond-store-read.c): their ids and
 * their short names joined with ", " for display. */
typedef struct
{
  gint64   key;
  GArray  *ids;      /* gint64 */
  GString *names;
} OndStoreMembers;

GHashTable *_ond_store_read_members   (OndStatement  *stmt,
                                       GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* Where a database may live (ond-store-location.c): refuses (OND_STORE_ERROR_NETWORK_SHARE)
 * a database on a network share, by the statfs(2) type of the file or, when it does not exist
 * yet, of its folder. _ond_store_check_filesystem() is the decision for one f_type. */
gboolean    _ond_store_check_location (const char    *path,
                                       GError       **error);
gboolean    _ond_store_check_filesystem (const char   *path,
                                       unsigned long  fs_type,
                                       GError       **error);

/* PRAGMA data_version of the connection (ond-store-watch.c): it moves when another
 * connection commits. -1 when it cannot be read. */
gint64      _ond_store_read_data_version (OndStore     *self);

/* The case list's search texts in memory (ond-store-case-search.c), kept by the store until
 * it closes or a newer one is set (transfer full). */
typedef struct _OndCaseSearchIndex OndCaseSearchIndex;
void                _ond_case_search_index_free      (OndCaseSearchIndex *index);
OndCaseSearchIndex *_ond_store_get_case_search_index (OndStore           *self);
void                _ond_store_set_case_search_index (OndStore           *self,
                                                      OndCaseSearchIndex *index);

/* Seeds the plan of the seed document (ond-seed-data.c) into a new, empty database.
 * Runs inside the caller's transaction. */
gboolean    _ond_store_seed           (OndStore      *self,
                                       GError       **error);
/* A new database with the schema and without the seeded plan (ond-store.c): the file @path,
 * which must not exist, or with NULL one in memory. */
OndStore   *_ond_store_create_unseeded (const char   *path,
                                       GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Removes a database file with its -wal, -shm and -journal files. */
void        _ond_store_remove_files   (const char    *path);

/* Casework (ond-store-cases.c). Who = _ond_store_user (); times are local ISO
 * "YYYY-MM-DDTHH:MM:SS" (_ond_store_timestamp). */

typedef struct _OndCase OndCase;

/* Validates @draft (ond_case_draft_validate () and that its codes and ids exist: errors in
 * OND_CASE_DRAFT_ERROR, the code naming the field), takes the next number of the year of
 * the date received from case_counter, inserts the case with status nieuw, and writes its
 * first history entry (nieuw, reason "Melding geregistreerd", or "Melding geïmporteerd uit
 * <file>" when @import_batch_id is not 0) and an access_log row. Runs inside the caller's
 * transaction (_ond_store_begin): on error the caller rolls back. Returns the new id and
 * sets *@reference (transfer full, may be NULL), or 0 with @error set. */
gint64      _ond_store_insert_case    (OndStore            *self,
                                       const OndCaseDraft  *draft,
                                       GDateTime           *today,
                                       gint64               import_batch_id,
                                       char               **reference,
                                       GError             **error);
/* ond_store_update_case () inside the caller's transaction, its access_log row saying
 * @logged_as (never personal data). Used for a correction on request too. */
gboolean    _ond_store_update_case    (OndStore            *self,
                                       gint64               case_id,
                                       const OndCaseDraft  *draft,
                                       GDateTime           *today,
                                       const char          *logged_as,
                                       GError             **error);
/* Reads the reference and status of case @case_id for a change (inside the caller's
 * transaction). A missing or hidden (deleted) case fails with OND_STORE_ERROR_NOT_FOUND.
 * @reference (transfer full) and @status may be NULL. */
gboolean    _ond_store_get_case_state (OndStore            *self,
                                       gint64               case_id,
                                       char               **reference,
                                       OndCaseStatus       *status,
                                       GError             **error);
/* Now, local time, "YYYY-MM-DDTHH:MM:SS". Transfer full. */
char       *_ond_store_timestamp      (void) G_GNUC_WARN_UNUSED_RESULT;
/* Appends an access_log row (now, the OS login name, @case_reference or "" for NULL,
 * @what). Never pass personal data in @what. Inside the caller's transaction. */
gboolean    _ond_store_write_access_log (OndStore          *self,
                                       const char          *case_reference,
                                       const char          *what,
                                       GError             **error);
/* Removes case @case_id for good, hidden or not, with its history and interventions (meeting
 * items and measures keep their row without the case), after noting it in the deletion log
 * (reference, status, dates, @reason, who, when: no personal data) and in the access log as
 * @logged_as. A missing case fails with OND_STORE_ERROR_NOT_FOUND. Inside the caller's
 * transaction. Used by purging, retention and erasure on request. */
gboolean    _ond_store_erase_case     (OndStore            *self,
                                       gint64               case_id,
                                       const char          *reason,
                                       const char          *logged_as,
                                       GError             **error);
/* What the deletion log and the access log say of a case removed again after a restore
 * (ond-store-restore.c): the reason it was removed before, then the suffix. */
#define OND_ERASED_AGAIN_SUFFIX "; opnieuw na herstel uit back-up"
#define OND_ERASED_AGAIN_LOG    "Opnieuw verwijderd na herstel uit back-up"
/* Removes the case with @reference for good again (ond-store-subject.c), as it was removed
 * for @reason from the file a backup replaced: its casusoverleg texts blanked too when that
 * was an erasure on request. *@erased says whether the case was there. Inside the caller's
 * transaction. */
gboolean    _ond_store_erase_again    (OndStore            *self,
                                       const char          *reference,
                                       const char          *reason,
                                       gboolean            *erased,
                                       GError             **error);
/* Appends a case_event (history) row: now, the OS login name, @from_status (NULL for
 * none), @to_status, @reason (NULL = ""). Inside the caller's transaction. */
gboolean    _ond_store_write_case_event (OndStore          *self,
                                       gint64               case_id,
                                       const char          *from_status,
                                       const char          *to_status,
                                       const char          *reason,
                                       GError             **error);

/* The columns OndCase is built from, for queries of the form
 *   "SELECT " OND_STORE_CASE_COLUMNS " FROM " OND_STORE_CASE_FROM " WHERE ..."
 * (case_file is "c"; hidden cases have c.deleted_at set). Next to last is next_follow_up
 * (the column the schema's triggers keep), usable in ORDER BY; last the row_version. */
#define OND_STORE_CASE_COLUMNS \
  "c.id, c.reference, c.date_received, c.source, cs.label, c.theme_id, t.name," \
  " c.area_id, a.name, c.subject_kind, sk.label, c.subject_name, c.address, c.summary," \
  " c.complexity, c.decision, c.weighing_reason, c.follow_up_date, c.lead_partner_id," \
  " p.short_name, c.status, st.label, c.outcome, c.outcome_note, c.closed_date," \
  " c.mma_number, c.police_number, c.riec_number, c.zaaknummer, c.created_at," \
  " c.updated_at, c.next_follow_up_date AS next_follow_up, c.row_version"
#define OND_STORE_CASE_FROM \
  "case_file c" \
  " JOIN case_source cs ON cs.code = c.source" \
  " JOIN subject_kind sk ON sk.code = c.subject_kind" \
  " JOIN case_status st ON st.code = c.status" \
  " LEFT JOIN theme t ON t.id = c.theme_id" \
  " LEFT JOIN area a ON a.id = c.area_id" \
  " LEFT JOIN partner p ON p.id = c.lead_partner_id"
/* Builds an OndCase from the current row of a statement whose first columns are
 * OND_STORE_CASE_COLUMNS. Transfer full. */
OndCase    *_ond_store_read_case_row  (OndStatement        *stmt) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
