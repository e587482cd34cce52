/* ond-booking-import-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the booking import share (ond-booking-import.c, ond-booking-mapping.c,
 * ond-booking-import-scan.c and the store's ond-store-booking-import.c). */

#pragma once

#include "ond-booking-import.h"
#include "ond-csv.h"

G_BEGIN_DECLS

/* The header of @field in the default format ("Datum", ...). */
const char *_ond_booking_field_default_header (OndBookingField  field);

/* One row to add, as read: texts are kept by the import (OndBookingImportData.strings). */
typedef struct
{
  const char *date;          /* ISO */
  gint64      line_id;
  const char *line_name;
  const char *ledger_code;   /* the line's, NULL when it has none */
  gint64      amount;        /* cents */
  const char *kind;          /* code */
  const char *kind_label;
  const char *description;   /* trimmed, "" when empty */
  const char *reference;
  const char *supplier;
  guint       file_line;
} OndBookingRow;

/* What reading a file gives (ond-booking-import-read.c); an OndBookingImport holds it. */
typedef struct
{
  char        **header;      /* NULL when the file could not be read */
  GPtrArray    *rows;        /* OndBookingRow *, the rows to add, in file order */
  GPtrArray    *skipped;     /* OndImportProblem * */
  GPtrArray    *problems;    /* OndImportProblem * */
  gboolean      duplicate;
  gint64        n_stored;    /* the table booking when the file was read: its count ... */
  gint64        max_stored_id;  /* ... and highest id */
  OndCsv       *csv;         /* the file as read: the rows' texts point into it */
  GStringChunk *strings;
  GPtrArray    *blocks;      /* the memory of the rows */
  guint         n_in_block;
  guint         block_rows;  /* the size of the last block */
} OndBookingImportData;

void        _ond_booking_import_data_init     (OndBookingImportData *data);
void        _ond_booking_import_data_clear    (OndBookingImportData *data);
/* A new row in @data's memory (not yet one of its rows). */
OndBookingRow *_ond_booking_import_new_row    (OndBookingImportData *data);
/* @text without white space around it, kept in @data's strings ("" when nothing is left;
 * "" for NULL). */
const char *_ond_booking_import_keep          (OndBookingImportData *data,
                                               const char           *text);
const char *_ond_booking_import_keep_field    (OndBookingImportData *data,
                                               const char           *field);
/* Reads and checks @length bytes of @bytes into @data. */
char       *_ond_booking_import_read          (OndBookingImportData     *data,
                                               OndStore                 *store,
                                               gint64                    plan_id,
                                               const char               *bytes,
                                               gsize                     length,
                                               const OndBookingMapping  *mapping);

/* A booking's key for duplicates: same date (ISO), line, amount and reference (trimmed).
 * Transfer full. */
char       *_ond_booking_import_key           (const char      *date,
                                               gint64           line_id,
                                               gint64           amount,
                                               const char      *reference);

/* Called for each booking stored on the lines of a plan. */
typedef void (*OndBookingKeyFunc) (const char *date,
                                   gint64      line_id,
                                   gint64      amount,
                                   const char *reference,
                                   gpointer    user_data);

/* Calls @func for every booking on the lines of @plan_id, and sets *@n_bookings and
 * *@max_id to the count and highest id of the whole table (so that a change between
 * reading and importing is seen). Store side. */
gboolean    _ond_store_add_booking_keys       (OndStore          *store,
                                               gint64             plan_id,
                                               OndBookingKeyFunc  func,
                                               gpointer           user_data,
                                               gint64            *n_bookings,
                                               gint64            *max_id,
                                               GError           **error);
/* The count and highest id of the table booking (0 and 0 when empty). */
gboolean    _ond_store_get_booking_state      (OndStore        *store,
                                               gint64          *n_bookings,
                                               gint64          *max_id,
                                               GError         **error);

gint64      _ond_booking_import_get_plan_id   (OndBookingImport *self);
/* What the table booking held when the import was read. */
void        _ond_booking_import_get_state     (OndBookingImport *self,
                                               gint64           *n_bookings,
                                               gint64           *max_id);
/* The rows to add (the same as ond_booking_import_get_bookings (), without objects). */
guint                _ond_booking_import_get_n_rows (OndBookingImport *self);
const OndBookingRow *_ond_booking_import_get_row    (OndBookingImport *self,
                                                     guint             index);

/* Adds a problem (or a skipped row) with @message (transfer full) to @array. */
void        _ond_booking_import_add_problem   (GPtrArray       *array,
                                               guint            line,
                                               const char      *column,
                                               char            *message);
void        _ond_booking_import_problem_free  (gpointer         problem);

/* The form of the file (ond-booking-import-scan.c), read again from its bytes with the rules
 * of ond-csv.c where OndCsv gives too little to name a line and a column. */

/* A file OndCsv could not read (@error in OND_CSV_ERROR): the problem, with the line and
 * column of the zero byte, the bytes that are no text, or the quote never closed. */
void        _ond_booking_import_report_unreadable (OndBookingImportData    *data,
                                                   const OndBookingMapping *mapping,
                                                   const char              *bytes,
                                                   gsize                    length,
                                                   const GError            *error);
/* The shapes of the rows OndCsv left out for their number of fields, by line (transfer
 * full; NULL when it left none out). */
GHashTable *_ond_booking_import_scan_shapes   (OndCsv          *csv,
                                               const char      *bytes,
                                               gsize            length);
/* The problem of the row OndCsv left out as @problem. */
void        _ond_booking_import_report_shape  (OndBookingImportData *data,
                                               GHashTable           *shapes,
                                               OndCsv               *csv,
                                               const OndCsvProblem  *problem);
/* How a problem names the column @index (from 0) whose header is @header: @header trimmed,
 * or "column N" (from 1) when it is NULL or blank. Transfer full. */
char       *_ond_booking_column_name          (const char      *header,
                                               guint            index);

G_END_DECLS
