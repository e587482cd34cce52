/* ond-case-draft.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields of a signal before the store accepts them, and the checks that need no
 * database: required fields, the date, names that are not only white space.
 */

#define G_LOG_DOMAIN "ond-case-draft"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-case-draft.h"
#include "ond-date.h"
#include "ond-text.h"

G_DEFINE_QUARK (ond-case-draft-error-quark, ond_case_draft_error)

OndCaseDraft *
ond_case_draft_new (void)
{
  return g_new0 (OndCaseDraft, 1);
}

OndCaseDraft *
ond_case_draft_copy (const OndCaseDraft *self)
{
  OndCaseDraft *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (OndCaseDraft, 1);
  copy->date_received = g_strdup (self->date_received);
  copy->source = g_strdup (self->source);
  copy->theme_id = self->theme_id;
  copy->area_id = self->area_id;
  copy->subject_kind = g_strdup (self->subject_kind);
  copy->subject_name = g_strdup (self->subject_name);
  copy->address = g_strdup (self->address);
  copy->summary = g_strdup (self->summary);
  copy->mma_number = g_strdup (self->mma_number);
  copy->police_number = g_strdup (self->police_number);
  copy->riec_number = g_strdup (self->riec_number);
  copy->zaaknummer = g_strdup (self->zaaknummer);
  copy->row_version = self->row_version;
  return copy;
}

void
ond_case_draft_free (OndCaseDraft *self)
{
  if (self == NULL)
    return;

  g_free (self->date_received);
  g_free (self->source);
  g_free (self->subject_kind);
  g_free (self->subject_name);
  g_free (self->address);
  g_free (self->summary);
  g_free (self->mma_number);
  g_free (self->police_number);
  g_free (self->riec_number);
  g_free (self->zaaknummer);
  g_free (self);
}

static gboolean
check_date (const char  *text,
            GDateTime   *today,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *today_iso = NULL;

  if (ond_text_is_blank (text))
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_DATE,
                           _("Enter the date the signal was received."));
      return FALSE;
    }
  if (!ond_date_parse (text, &iso, &local_error))
    {
      g_set_error (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_DATE,
                   _("The date received is not a valid date: %s"), local_error->message);
      return FALSE;
    }
  if (strcmp (iso, "2000-01-01") < 0)
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_DATE,
                           _("The date received cannot be before 2000."));
      return FALSE;
    }
  today_iso = g_date_time_format (today, "%Y-%m-%d");
  if (strcmp (iso, today_iso) > 0)
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_DATE,
                           _("The date received cannot be in the future."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_case_draft_validate:
 * @self: a draft
 * @today: the date of today (local), against which the date received is checked
 * @error: return location for an error (%OND_CASE_DRAFT_ERROR, its code names the field)
 *
 * Checks what can be checked without the database. Required: the date received (a valid
 * date, "dd-mm-jjjj" or ISO, from 2000 up to @today), the source, the kind of subject, a
 * subject name and a summary that are not only white space. Theme and area are optional.
 * Whether the codes and ids exist is checked by the store.
 *
 * Returns: %TRUE when the draft may be offered to the store
 */
gboolean
ond_case_draft_validate (const OndCaseDraft  *self,
                         GDateTime           *today,
                         GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_date (self->date_received, today, error))
    return FALSE;
  if (ond_text_is_blank (self->source))
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SOURCE,
                           _("Choose where the signal came from."));
      return FALSE;
    }
  if (self->theme_id < 0)
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_THEME,
                           _("The theme does not exist."));
      return FALSE;
    }
  if (self->area_id < 0)
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_AREA,
                           _("The area does not exist."));
      return FALSE;
    }
  if (ond_text_is_blank (self->subject_kind))
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUBJECT_KIND,
                           _("Choose whether the subject is a person, a company or a property."));
      return FALSE;
    }
  if (ond_text_is_blank (self->subject_name))
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUBJECT_NAME,
                           _("Enter the name of the subject."));
      return FALSE;
    }
  if (ond_text_is_blank (self->summary))
    {
      g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUMMARY,
                           _("Describe the signal in the summary."));
      return FALSE;
    }
  return TRUE;
}
