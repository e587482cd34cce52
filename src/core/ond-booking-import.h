/* ond-booking-import.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing bookings from the financial system's CSV export (ond-booking-import.c and the
 * store's ond-store-booking-import.c). Used by the window (file chooser, preview, confirm)
 * and by `ondermijning --database FILE --import-bookings IN.csv`.
 *
 * Reading: `;` or `,` separated, UTF-8 with or without BOM or Windows-1252 (ond-csv.h);
 * Dutch amounts (`1.234,56`, `€ 1.234,56`, `-12,50`) and plain ones (`1234.56`) through
 * ond_money_parse; dates as dd-mm-jjjj or ISO. Columns are found by their header name
 * (case and accents ignored) through a mapping; without one the default format applies:
 *   Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier
 * Soort is "realisatie" or "verplichting" (case ignored); Kostenpost is a line of the plan,
 * matched by its name (case and accents ignored) or its ledger code.
 *
 * Checking (prepare): every row is checked before anything is written, and every problem
 * is listed with its line, column and reason: an empty file, a binary file, a file that
 * is not text, an empty or duplicate header name, a required column (date, line, amount,
 * kind) that is missing, a row with another number of fields than the header (mixed
 * delimiters), an unterminated quote, an amount with letters, more than two decimals or
 * beyond OND_BOOKING_MAX_AMOUNT, a bad date, an unknown cost line or kind, the rules of
 * ond-store-bookings.h. A file imported before (same SHA-256) is recognised. Rows that are
 * already in the database (same date, line, amount and reference), or twice in the file,
 * are skipped and listed.
 *
 * Importing: all or nothing, in one transaction; refused when there are problems or the
 * file was imported before; progress is reported and a GCancellable cancels (rolled back,
 * G_IO_ERROR_CANCELLED). The import is recorded as an import_batch.
 */

#pragma once

#include <gio/gio.h>

#include "ond-case-import.h"   /* OndImportProblem */
#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_BOOKING_FIELD_DATE,
  OND_BOOKING_FIELD_LINE,
  OND_BOOKING_FIELD_AMOUNT,
  OND_BOOKING_FIELD_KIND,
  OND_BOOKING_FIELD_DESCRIPTION,
  OND_BOOKING_FIELD_REFERENCE,
  OND_BOOKING_FIELD_SUPPLIER,
  OND_BOOKING_N_FIELDS
} OndBookingField;

/* Which header names hold which field. Plain data. */
typedef struct
{
  char *columns[OND_BOOKING_N_FIELDS];   /* header names; NULL for an optional field unused */
} OndBookingMapping;

OndBookingMapping *ond_booking_mapping_new_default  (void);
OndBookingMapping *ond_booking_mapping_copy         (const OndBookingMapping  *self);
void               ond_booking_mapping_free         (OndBookingMapping        *self);
void               ond_booking_mapping_set_column   (OndBookingMapping        *self,
                                                     OndBookingField           field,
                                                     const char               *header);
/* The field's name for the window ("Date", "Cost line"... translated). */
const char        *ond_booking_field_label          (OndBookingField           field);
gboolean           ond_booking_field_is_required    (OndBookingField           field);
/* "key=Header;..." form kept in import_mapping; from_string fails on a damaged text. */
char              *ond_booking_mapping_to_string    (const OndBookingMapping  *self);
OndBookingMapping *ond_booking_mapping_from_string  (const char               *text,
                                                     GError                  **error);

/* Saved mappings per source (the name the user gives, e.g. "Key2Financiën"). */
gboolean           ond_store_save_booking_mapping   (OndStore                 *store,
                                                     const char               *source,
                                                     const OndBookingMapping  *mapping,
                                                     GError                  **error);
/* NULL with OND_STORE_ERROR_NOT_FOUND when there is none for @source. */
OndBookingMapping *ond_store_load_booking_mapping   (OndStore                 *store,
                                                     const char               *source,
                                                     GError                  **error);
/* The sources with a saved mapping, sorted (transfer full). */
GStrv              ond_store_list_booking_mappings  (OndStore                 *store,
                                                     GError                  **error);

#define OND_TYPE_BOOKING_IMPORT (ond_booking_import_get_type ())
G_DECLARE_FINAL_TYPE (OndBookingImport, ond_booking_import, OND, BOOKING_IMPORT, GObject)

/* Reads and checks @path for the plan @plan_id with @mapping (NULL = the default format).
 * Fails (NULL) only when the file cannot be read; everything wrong inside it is a
 * problem. */
OndBookingImport *ond_booking_import_prepare        (OndStore                 *store,
                                                     gint64                    plan_id,
                                                     const char               *path,
                                                     const OndBookingMapping  *mapping,
                                                     GError                  **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* The same for bytes in memory (@file_name for messages); never fails. */
OndBookingImport *ond_booking_import_prepare_data   (OndStore                 *store,
                                                     gint64                    plan_id,
                                                     const char               *file_name,
                                                     const char               *data,
                                                     gsize                     length,
                                                     const OndBookingMapping  *mapping)
                                                     G_GNUC_WARN_UNUSED_RESULT;
const char       *ond_booking_import_get_file_name  (OndBookingImport         *self);
const char       *ond_booking_import_get_sha256     (OndBookingImport         *self);
/* The header as read (NULL-terminated, transfer none; NULL for an unreadable file). */
const char * const *ond_booking_import_get_header   (OndBookingImport         *self);
/* The rows to add: OndBooking * (id 0), in file order (transfer none). */
GPtrArray        *ond_booking_import_get_bookings   (OndBookingImport         *self);
/* The file line of bookings[i]. */
guint             ond_booking_import_get_line       (OndBookingImport         *self,
                                                     guint                     index);
/* Rows skipped as already present: OndImportProblem * with line and a message saying why. */
GPtrArray        *ond_booking_import_get_skipped    (OndBookingImport         *self);
/* OndImportProblem * (transfer none); empty when the file can be imported. */
GPtrArray        *ond_booking_import_get_problems   (OndBookingImport         *self);
/* TRUE when a file with the same SHA-256 was imported before (then it is also a problem). */
gboolean          ond_booking_import_is_duplicate   (OndBookingImport         *self);

/* Called now and then with the rows written so far, from the calling thread. */
typedef void (*OndImportProgress) (guint done, guint total, gpointer user_data);

/* Adds every booking of @import in one transaction; refused (nothing written) when it has
 * problems. Returns FALSE with G_IO_ERROR_CANCELLED when @cancellable was cancelled. */
gboolean          ond_store_import_bookings         (OndStore                 *store,
                                                     OndBookingImport         *import,
                                                     OndImportProgress         progress,
                                                     gpointer                  user_data,
                                                     GCancellable             *cancellable,
                                                     guint                    *n_added,
                                                     GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndBookingMapping, ond_booking_mapping_free)

G_END_DECLS
