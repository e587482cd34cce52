/* ond-store.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndStore owns the one SQLite file of Ondermijning: its connection, its schema and
 * migrations, the seeded plan, and every query. Nothing outside the store writes SQL.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OND_STORE_ERROR (ond_store_error_quark ())

/**
 * OndStoreError:
 * @OND_STORE_ERROR_MISSING_FOLDER: the folder of the database does not exist
 * @OND_STORE_ERROR_UNREADABLE: the file cannot be read (permissions)
 * @OND_STORE_ERROR_NOT_A_DATABASE: the file is not an SQLite database (or is damaged)
 * @OND_STORE_ERROR_FOREIGN: an SQLite database of another application
 * @OND_STORE_ERROR_NEWER: written by a newer version of Ondermijning
 * @OND_STORE_ERROR_READ_ONLY: a change was asked of a database opened read-only
 * @OND_STORE_ERROR_INVALID: bad input; nothing was changed
 * @OND_STORE_ERROR_NOT_FOUND: the record does not exist
 * @OND_STORE_ERROR_BUSY: another process holds the database
 * @OND_STORE_ERROR_FAILED: any other database error
 * @OND_STORE_ERROR_NEEDS_CONFIRMATION: the input is possible but unusual (a date outside the
 *   plan period): the caller asks the user and tries again with the matching flag
 * @OND_STORE_ERROR_DISK_FULL: the disk holding the database is full; nothing was written
 * @OND_STORE_ERROR_NETWORK_SHARE: the database is on a network share, where it cannot be
 *   locked safely; refused before anything is read or written
 * @OND_STORE_ERROR_CONNECTION: the team server cannot be reached, refused the login, or the
 *   connection was lost; nothing of the change was written
 * @OND_STORE_ERROR_PERMISSION: the user's role on the team server does not allow this
 * @OND_STORE_ERROR_NO_SCHEMA: the server database has no Ondermijning schema (yet)
 * @OND_STORE_ERROR_CONFLICT: someone else changed the record since the edit was opened
 *   (its row version differs); nothing was written. The caller reads the record again.
 */
typedef enum
{
  OND_STORE_ERROR_MISSING_FOLDER,
  OND_STORE_ERROR_UNREADABLE,
  OND_STORE_ERROR_NOT_A_DATABASE,
  OND_STORE_ERROR_FOREIGN,
  OND_STORE_ERROR_NEWER,
  OND_STORE_ERROR_READ_ONLY,
  OND_STORE_ERROR_INVALID,
  OND_STORE_ERROR_NOT_FOUND,
  OND_STORE_ERROR_BUSY,
  OND_STORE_ERROR_FAILED,
  OND_STORE_ERROR_NEEDS_CONFIRMATION,
  OND_STORE_ERROR_DISK_FULL,
  OND_STORE_ERROR_NETWORK_SHARE,
  OND_STORE_ERROR_CONNECTION,
  OND_STORE_ERROR_PERMISSION,
  OND_STORE_ERROR_NO_SCHEMA,
  OND_STORE_ERROR_CONFLICT,
} OndStoreError;

/* PRAGMA application_id of our files: "ONDM". */
#define OND_STORE_APPLICATION_ID 0x4F4E444D
/* PRAGMA user_version this build writes. */
#define OND_STORE_SCHEMA_VERSION 12

/* The model object of ond-plan.h, declared here so that this header needs no other. */
typedef struct _OndPlan OndPlan;

#define OND_TYPE_STORE (ond_store_get_type ())
G_DECLARE_FINAL_TYPE (OndStore, ond_store, OND, STORE, GObject)

GQuark      ond_store_error_quark        (void);
char       *ond_store_default_path       (void) G_GNUC_WARN_UNUSED_RESULT;

OndStore   *ond_store_open               (const char   *path,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_store_open_default       (GError      **error) G_GNUC_WARN_UNUSED_RESULT;
const char *ond_store_get_path           (OndStore     *self);
gboolean    ond_store_is_read_only       (OndStore     *self);
gboolean    ond_store_was_created        (OndStore     *self);
void        ond_store_close              (OndStore     *self);
/* Team servers (ond-store-server.c): whether @self is on one rather than in a file. */
gboolean    ond_store_is_server          (OndStore     *self);

/**
 * OndStoreAccess:
 * @OND_STORE_ACCESS_READ_CASES: read cases, meetings and the access log, with personal data
 * @OND_STORE_ACCESS_EDIT_CASES: take in, weigh and change cases
 * @OND_STORE_ACCESS_READ_BUDGET: read budget lines, funding and bookings
 * @OND_STORE_ACCESS_EDIT_BUDGET: change them and import bookings
 * @OND_STORE_ACCESS_EDIT_PLAN: change the plan, its planning and the monitoring values
 * @OND_STORE_ACCESS_EDIT_REGISTERS: record controls, measures, stop talks and activities
 * @OND_STORE_ACCESS_ALL: everything (a file; the owner of a server database)
 *
 * What the user's role on a team server allows (ond-store-access.c).
 */
typedef enum
{
  OND_STORE_ACCESS_READ_CASES = 1 << 0,
  OND_STORE_ACCESS_EDIT_CASES = 1 << 1,
  OND_STORE_ACCESS_READ_BUDGET = 1 << 2,
  OND_STORE_ACCESS_EDIT_BUDGET = 1 << 3,
  OND_STORE_ACCESS_EDIT_PLAN = 1 << 4,
  OND_STORE_ACCESS_EDIT_REGISTERS = 1 << 5,
  OND_STORE_ACCESS_ALL = (1 << 6) - 1,
} OndStoreAccess;

OndStoreAccess ond_store_get_access      (OndStore     *self,
                                          char        **role);
/* Whether @location names a server database (postgresql://, postgres://) rather than a
 * file; and a name for it to show (never a password). */
gboolean    ond_store_location_is_server (const char   *location);
char       *ond_store_location_display_name (const char *location) G_GNUC_WARN_UNUSED_RESULT;
/* What to call the store's database in a window: the file's name or the server database.
 * Transfer full. */
char       *ond_store_dup_display_name   (OndStore     *self) G_GNUC_WARN_UNUSED_RESULT;
/* Sets up an empty server database (--init-server). @found_version: 0 when it was set up
 * now, else the version of our schema it had (brought up to date when older). */
gboolean    ond_store_init_server        (const char   *uri,
                                          int          *found_version,
                                          GError      **error);
gboolean    ond_store_is_empty           (OndStore     *self,
                                          gboolean     *empty,
                                          GError      **error);
gboolean    ond_store_seed_plan          (OndStore     *self,
                                          GError      **error);

/* One table of a copy (ond_store_copy_to): its name and the rows the copy holds. */
typedef struct
{
  char   *table;
  gint64  n_rows;
} OndStoreCopiedTable;

/* Copies the whole database of @self to @to_location (ond-store-copy.c): a file into a
 * server database that was set up and holds no records yet, or a server database into a new
 * file. Every table is counted and compared afterwards; on any error nothing is written (a
 * new file is removed). @tables: (out) (optional) (transfer full): a GPtrArray of
 * OndStoreCopiedTable, in the order copied. */
gboolean    ond_store_copy_to            (OndStore     *self,
                                          const char   *to_location,
                                          GPtrArray   **tables,
                                          GError      **error);

/* How far a copy is (ond_store_copy_to_with_progress): first the rows are copied, then
 * every table is read again on both sides and compared. */
typedef enum
{
  OND_STORE_COPY_COPYING,
  OND_STORE_COPY_CHECKING,
} OndStoreCopyStage;

typedef struct
{
  OndStoreCopyStage  stage;
  const char        *table;       /* the table at hand, as the schema names it */
  guint              table_index; /* 1 for the first table */
  guint              n_tables;
  gint64             rows_done;   /* of this stage, over all tables */
  gint64             rows_total;  /* the rows of the source, counted before the copy */
} OndStoreCopyProgress;

/* Called in the thread that copies: at the start and end of each table, and every few
 * hundred rows. */
typedef void (*OndStoreCopyProgressFunc) (const OndStoreCopyProgress *progress,
                                          gpointer                    user_data);

/* ond_store_copy_to, telling @progress (optional) how far it is; cancelled through
 * @cancellable like a failure (nothing written, a new file removed) with
 * G_IO_ERROR_CANCELLED. It may run in a worker thread on a store made in that thread: the
 * stores it makes are made there too, and send ::changed only to that thread's
 * thread-default main context. */
gboolean    ond_store_copy_to_with_progress (OndStore                 *self,
                                             const char               *to_location,
                                             OndStoreCopyProgressFunc  progress,
                                             gpointer                  user_data,
                                             GCancellable             *cancellable,
                                             GPtrArray               **tables,
                                             GError                  **error);

/* The plan that the window shows and exports use: the one in state "current", else the
 * latest one. Transfer full. */
OndPlan    *ond_store_dup_current_plan   (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* Lists: each returns a new GListModel (transfer full) of the model object named, in the
 * plan's own order, or NULL with @error set. */
GListModel *ond_store_list_plans         (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_pillars       (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_actions       (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_themes        (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_partners      (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_interventions (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_plan_items    (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_budget_lines  (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_funding       (OndStore     *self,
                                          gint64        plan_id,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_indicators    (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_areas         (OndStore     *self,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Adds an area at the end of the list (ond-store-areas.c); returns its id or 0. */
gint64      ond_store_add_area           (OndStore     *self,
                                          const char   *name,
                                          gboolean      aandachtsgebied,
                                          GError      **error);

/* The plan's own stated total for @year (section 6: "Totaal"). */
gboolean    ond_store_get_stated_total   (OndStore     *self,
                                          gint64        plan_id,
                                          int           year,
                                          gint64       *cents,
                                          GError      **error);
/* A figure entered by hand for @year (the 2022 baseline); @found tells whether one exists. */
gboolean    ond_store_get_manual_value   (OndStore     *self,
                                          const char   *indicator_code,
                                          int           year,
                                          gint64       *value,
                                          gboolean     *found,
                                          GError      **error);

G_END_DECLS
