/* ond-meeting-document.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The agenda and the besluitenlijst of a casusoverleg: their content, read through the
 * store, and the log of their printing. Their pages are laid out and drawn in
 * ond-meeting-document-render.c.
 */

#define G_LOG_DOMAIN "ond-meeting-document"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-meeting-document.h"
#include "ond-meeting-document-private.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"

static void
row_free (gpointer data)
{
  OndMeetingDocumentRow *row = data;

  g_free (row->reference);
  g_free (row->reason);
  g_free (row->status);
  g_free (row->theme);
  g_free (row->subject);
  g_free (row->follow_up);
  g_free (row->decision);
  g_free (row);
}

/**
 * ond_meeting_document_free:
 * @doc: (nullable): a document
 *
 * Frees @doc.
 */
void
ond_meeting_document_free (OndMeetingDocument *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->meeting_date);
  g_free (doc->title);
  g_free (doc->date_line);
  g_free (doc->notice);
  g_free (doc->empty_text);
  g_clear_pointer (&doc->rows, g_ptr_array_unref);
  g_clear_pointer (&doc->pages, _ond_meeting_document_pages_free);
  g_free (doc);
}

/* Finds the date of @meeting_id among the meetings. */
static char *
find_meeting_date (OndStore    *store,
                   gint64       meeting_id,
                   GError     **error)
{
  g_autoptr(GListModel) meetings = ond_store_list_meetings (store, error);
  guint n;

  if (meetings == NULL)
    return NULL;
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeeting) meeting = g_list_model_get_item (meetings, i);

      if (ond_meeting_get_id (meeting) == meeting_id)
        return g_strdup (ond_meeting_get_date (meeting));
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("This casusoverleg does not exist (any more)."));
  return NULL;
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/**
 * ond_meeting_document_new:
 * @store: a #OndStore
 * @meeting_id: the meeting
 * @kind: which list
 * @error: return location for an error
 *
 * Reads the content of the agenda (every case on it) or the besluitenlijst (every case on
 * the agenda with a recorded decision) of @meeting_id, in agenda order. Reading it is not
 * logged: log the print or export with ond_meeting_document_log_printed().
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
OndMeetingDocument *
ond_meeting_document_new (OndStore                *store,
                          gint64                   meeting_id,
                          OndMeetingDocumentKind   kind,
                          GError                 **error)
{
  g_autoptr(OndMeetingDocument) doc = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *shown = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == OND_MEETING_DOCUMENT_AGENDA ||
                        kind == OND_MEETING_DOCUMENT_DECISIONS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = ond_store_list_meeting_items (store, meeting_id, error);
  if (items == NULL)
    return NULL;

  doc = g_new0 (OndMeetingDocument, 1);
  doc->kind = kind;
  doc->meeting_id = meeting_id;
  doc->meeting_date = find_meeting_date (store, meeting_id, error);
  if (doc->meeting_date == NULL)
    return NULL;
  shown = ond_date_format (doc->meeting_date);

  /* The wording of the documents is Dutch whatever the UI language (see the header). */
  if (kind == OND_MEETING_DOCUMENT_AGENDA)
    {
      doc->title = g_strdup ("Agenda");
      doc->empty_text = g_strdup ("Er staan geen casussen op de agenda.");
    }
  else
    {
      doc->title = g_strdup ("Besluitenlijst");
      doc->empty_text = g_strdup ("Er zijn geen besluiten vastgelegd.");
    }
  doc->date_line = g_strdup_printf ("Casusoverleg ondermijning %s", shown);
  doc->notice = g_strdup ("Intern document — bevat persoonsgegevens");
  doc->rows = g_ptr_array_new_with_free_func (row_free);

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (items, i);
      OndMeetingDocumentRow *row;

      if (kind == OND_MEETING_DOCUMENT_DECISIONS &&
          *ond_meeting_item_get_decision (item) == '\0')
        continue;

      row = g_new0 (OndMeetingDocumentRow, 1);
      row->number = doc->rows->len + 1;
      row->reference = dup_or_empty (ond_meeting_item_get_case_reference (item));
      row->reason = dup_or_empty (ond_meeting_item_get_reason_label (item));
      row->status = dup_or_empty (ond_meeting_item_get_status_label (item));
      row->theme = dup_or_empty (ond_meeting_item_get_theme_name (item));
      row->subject = dup_or_empty (ond_meeting_item_get_subject_name (item));
      row->follow_up = ond_date_format (ond_meeting_item_get_follow_up_date (item));
      row->decision = dup_or_empty (ond_meeting_item_get_decision (item));
      g_ptr_array_add (doc->rows, row);
    }

  return g_steal_pointer (&doc);
}

/**
 * ond_meeting_document_agenda:
 * @store: a #OndStore
 * @meeting_id: the meeting
 * @error: return location for an error
 *
 * Returns: (transfer full): the agenda of @meeting_id, or %NULL with @error set
 */
OndMeetingDocument *
ond_meeting_document_agenda (OndStore  *store,
                             gint64     meeting_id,
                             GError   **error)
{
  return ond_meeting_document_new (store, meeting_id, OND_MEETING_DOCUMENT_AGENDA, error);
}

/**
 * ond_meeting_document_decisions:
 * @store: a #OndStore
 * @meeting_id: the meeting
 * @error: return location for an error
 *
 * Returns: (transfer full): the besluitenlijst of @meeting_id, or %NULL with @error set
 */
OndMeetingDocument *
ond_meeting_document_decisions (OndStore  *store,
                                gint64     meeting_id,
                                GError   **error)
{
  return ond_meeting_document_new (store, meeting_id, OND_MEETING_DOCUMENT_DECISIONS, error);
}

/**
 * ond_meeting_document_log_printed:
 * @store: a #OndStore
 * @meeting_id: the meeting
 * @which: "agenda" or "decisions"
 * @error: return location for an error
 *
 * Logs that the agenda or the besluitenlijst of @meeting_id was printed or exported: one
 * access_log row per case on that list, without any personal data. Fails on a read-only
 * store (%OND_STORE_ERROR_READ_ONLY): the print could not be recorded.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_meeting_document_log_printed (OndStore    *store,
                                  gint64       meeting_id,
                                  const char  *which,
                                  GError     **error)
{
  g_autoptr(OndMeetingDocument) doc = NULL;
  OndMeetingDocumentKind kind;
  const char *what;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (which != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (which, "agenda"))
    {
      kind = OND_MEETING_DOCUMENT_AGENDA;
      what = "Agenda casusoverleg afgedrukt";
    }
  else if (g_str_equal (which, "decisions"))
    {
      kind = OND_MEETING_DOCUMENT_DECISIONS;
      what = "Besluitenlijst afgedrukt";
    }
  else
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("Unknown meeting document “%s”"), which);
      return FALSE;
    }

  if (ond_store_is_read_only (store))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
                   _("The database is opened read-only: the print could not be recorded."));
      return FALSE;
    }

  doc = ond_meeting_document_new (store, meeting_id, kind, error);
  if (doc == NULL)
    return FALSE;
  for (guint i = 0; i < doc->rows->len; i++)
    {
      OndMeetingDocumentRow *row = g_ptr_array_index (doc->rows, i);

      if (!ond_store_log_access (store, row->reference, what, error))
        return FALSE;
    }
  return TRUE;
}
