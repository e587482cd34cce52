/* ond-store-subject-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rights of a person concerned, part two: the inzage export. Reads everything held
 * about the chosen cases — hidden ones too — into OndSubjectRecords (vocabulary labels, not
 * codes), lays them out (ond-subject-document.c) and writes the PDF, mode 0600, inside the
 * transaction that logs each case ("Opgenomen in inzage-export"): the file is there only
 * when the log is, and the log only when the file is.
 */

#define G_LOG_DOMAIN "ond-store-subject"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ond-date.h"
#include "ond-store-private.h"
#include "ond-store-subject.h"
#include "ond-subject-document.h"

/* The fields of a case, with their labels, in the order of the form. */
static const char case_sql[] =
  "SELECT c.reference, c.deleted_at, c.date_received, cs.label, t.name, a.name, sk.label,"
  "  c.subject_name, c.address, c.summary, st.label, cx.label, wd.label, c.weighing_reason,"
  "  c.follow_up_date, p.name, co.label, c.outcome_note, c.closed_date, c.mma_number,"
  "  c.police_number, c.riec_number, c.zaaknummer, c.created_at, c.updated_at"
  " FROM case_file c"
  " JOIN case_source cs ON cs.code = c.source"
  " JOIN subject_kind sk ON sk.code = c.subject_kind"
  " JOIN case_status st ON st.code = c.status"
  " LEFT JOIN theme t ON t.id = c.theme_id"
  " LEFT JOIN area a ON a.id = c.area_id"
  " LEFT JOIN complexity cx ON cx.code = c.complexity"
  " LEFT JOIN weighing_decision wd ON wd.code = c.decision"
  " LEFT JOIN partner p ON p.id = c.lead_partner_id"
  " LEFT JOIN case_outcome co ON co.code = c.outcome"
  " WHERE c.id = ?";

/* A field: its label, and whether it is a date or time (shown as dd-mm-jjjj [HH:MM]). */
typedef struct
{
  const char *label;
  gboolean    is_date;
} Field;

/* Columns 2.. of case_sql. */
static const Field case_fields[] = {
  { "Datum ontvangen", TRUE },
  { "Bron", FALSE },
  { "Thema", FALSE },
  { "Gebied", FALSE },
  { "Soort subject", FALSE },
  { "Naam", FALSE },
  { "Adres", FALSE },
  { "Samenvatting", FALSE },
  { "Status", FALSE },
  { "Complexiteit (weging)", FALSE },
  { "Besluit weging", FALSE },
  { "Reden weging", FALSE },
  { "Opvolgdatum", TRUE },
  { "Trekker", FALSE },
  { "Resultaat", FALSE },
  { "Toelichting resultaat", FALSE },
  { "Datum gesloten", TRUE },
  { "Nummer Meld Misdaad Anoniem", FALSE },
  { "Nummer politie", FALSE },
  { "Nummer RIEC", FALSE },
  { "Zaaknummer", FALSE },
  { "Geregistreerd op", TRUE },
  { "Laatst gewijzigd op", TRUE },
};

static OndSubjectRecord *
read_case (OndStore  *self,
           gint64     case_id,
           GError   **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, case_sql, error);
  g_autoptr(OndSubjectRecord) record = NULL;
  gboolean has_row;

  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("One of the cases no longer exists: it may have been removed."));
      return NULL;
    }

  record = ond_subject_record_new (ond_statement_get_text (stmt, 0),
                                   !ond_statement_get_is_null (stmt, 1));
  ond_subject_record_add_field (record, "Kenmerk", ond_statement_get_text (stmt, 0));
  for (guint i = 0; i < G_N_ELEMENTS (case_fields); i++)
    {
      const char *value = ond_statement_get_text (stmt, (int) i + 2);
      g_autofree char *shown = NULL;

      if (case_fields[i].is_date)
        shown = ond_date_format (value);
      else
        shown = g_strdup (value != NULL ? value : "");
      ond_subject_record_add_field (record, case_fields[i].label, shown);
    }
  if (record->hidden)
    {
      g_autofree char *shown = ond_date_format (ond_statement_get_text (stmt, 1));

      ond_subject_record_add_field (record, "Verwijderd op", shown);
    }
  return g_steal_pointer (&record);
}

/* Reads the rows of @sql (one parameter: the case id, or its reference when @reference is
 * not NULL) into @rows as GStrv of @n_columns. */
static gboolean
read_rows (OndStore    *self,
           const char  *sql,
           gint64       case_id,
           const char  *reference,
           int          n_columns,
           GPtrArray   *rows,
           GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL ||
      !(reference != NULL ? ond_statement_bind_text (stmt, 1, reference, error)
                          : ond_statement_bind_int64 (stmt, 1, case_id, error)))
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      char **row = g_new0 (char *, n_columns + 1);

      for (int c = 0; c < n_columns; c++)
        {
          const char *value = ond_statement_get_text (stmt, c);

          row[c] = g_strdup (value != NULL ? value : "");
        }
      g_ptr_array_add (rows, row);
    }
  return ok;
}

static OndSubjectRecord *
read_record (OndStore  *self,
             gint64     case_id,
             GError   **error)
{
  g_autoptr(OndSubjectRecord) record = read_case (self, case_id, error);

  if (record == NULL)
    return NULL;
  if (!read_rows (self,
                  "SELECT e.at, e.who, coalesce(f.label, ''), t.label, e.reason"
                  " FROM case_event e"
                  " LEFT JOIN case_status f ON f.code = e.from_status"
                  " JOIN case_status t ON t.code = e.to_status"
                  " WHERE e.case_id = ? ORDER BY e.at, e.id",
                  case_id, NULL, 5, record->events, error) ||
      !read_rows (self,
                  "SELECT i.name, p.short_name, ci.planned_date, ci.follow_up_date, s.label,"
                  "  ci.note"
                  " FROM case_intervention ci"
                  " JOIN intervention i ON i.id = ci.intervention_id"
                  " JOIN partner p ON p.id = ci.partner_id"
                  " JOIN intervention_status s ON s.code = ci.status"
                  " WHERE ci.case_id = ? ORDER BY ci.id",
                  case_id, NULL, 6, record->interventions, error) ||
      !read_rows (self,
                  "SELECT m.date,"
                  "  CASE mi.reason WHEN 'nieuw' THEN 'Nieuwe melding'"
                  "    WHEN 'follow_up' THEN 'Opvolging' ELSE 'Toegevoegd' END,"
                  "  mi.topic, mi.decision, mi.decided_at, mi.decided_by"
                  " FROM meeting_item mi JOIN meeting m ON m.id = mi.meeting_id"
                  " WHERE mi.case_id = ? ORDER BY m.date, mi.position",
                  case_id, NULL, 6, record->meeting_items, error) ||
      !read_rows (self,
                  "SELECT ms.date, k.label, d.label, ms.legal_basis, a.name"
                  " FROM measure ms"
                  " JOIN measure_kind k ON k.code = ms.kind"
                  " JOIN measure_domain d ON d.code = ms.domain"
                  " LEFT JOIN area a ON a.id = ms.area_id"
                  " WHERE ms.case_id = ? ORDER BY ms.date, ms.id",
                  case_id, NULL, 5, record->measures, error) ||
      !read_rows (self,
                  "SELECT at, who, what FROM access_log WHERE case_reference = ? ORDER BY id",
                  0, record->reference, 3, record->access, error))
    return NULL;
  return g_steal_pointer (&record);
}

static gboolean
export_subject (OndStore      *self,
                const gint64  *case_ids,
                guint          n_cases,
                const char    *path,
                GDateTime     *created,
                GError       **error)
{
  g_autoptr(GPtrArray) records =
    g_ptr_array_new_with_free_func ((GDestroyNotify) ond_subject_record_free);
  g_autoptr(OndDoc) doc = NULL;

  for (guint i = 0; i < n_cases; i++)
    {
      OndSubjectRecord *record = read_record (self, case_ids[i], error);

      if (record == NULL)
        return FALSE;
      g_ptr_array_add (records, record);
    }
  for (guint i = 0; i < records->len; i++)
    {
      OndSubjectRecord *record = g_ptr_array_index (records, i);

      if (!_ond_store_write_access_log (self, record->reference, OND_SUBJECT_LOG_EXPORTED,
                                        error))
        return FALSE;
    }
  doc = ond_subject_document_new (records, _ond_store_user (self), created);
  return ond_doc_write_private_pdf (doc, path, error);
}

/**
 * ond_store_export_subject:
 * @self: a #OndStore
 * @case_ids: (array length=n_cases): the cases, in the order the document shows them
 * @n_cases: how many (at least one)
 * @path: the PDF file to write (replaced whole when it exists)
 * @created: the moment the document says it was made
 * @error: return location for an error
 *
 * Writes the document for an inzageverzoek (AVG article 15) of the cases to @path: a PDF in
 * Dutch, mode 0600, holding for each case every field with its label, its history, its
 * interventions, the casusoverleg items that discussed it, the measures linked to it and
 * its access log (who saw or changed it when). Each case is logged ("Opgenomen in
 * inzage-export") in the same transaction: when the file cannot be written, nothing is
 * logged, and when the log cannot be written the file is removed. Refused on a read-only
 * store (%OND_STORE_ERROR_READ_ONLY).
 *
 * Returns: %TRUE when @path holds the document and the export is logged
 */
gboolean
ond_store_export_subject (OndStore      *self,
                          const gint64  *case_ids,
                          guint          n_cases,
                          const char    *path,
                          GDateTime     *created,
                          GError       **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (case_ids != NULL || n_cases == 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (created != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_cases == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Choose the cases to export."));
      return FALSE;
    }
  if (ond_store_is_read_only (self))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
                           _("This file is opened read-only. An export for an inspection "
                             "request must be recorded in the access log, which cannot be "
                             "written to this file."));
      return FALSE;
    }

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!export_subject (self, case_ids, n_cases, path, created, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  if (!_ond_store_commit (self, error))
    {
      g_unlink (path);
      return FALSE;
    }
  return TRUE;
}
