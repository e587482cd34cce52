/* ond-register-editor-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The register editor's form read back into a new record object, for the store to judge:
 * texts trimmed, the date as ISO (one that cannot be read is refused here), the choices as
 * codes and ids, a case by its reference. An edit carries the id and the row version of the
 * baseline, the record as the form last read it (ond-register-editor-conflict.c). */

#define G_LOG_DOMAIN "ond-register-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-date.h"
#include "ond-register-choices.h"
#include "ond-register-editor-private.h"

static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strstrip (g_steal_pointer (&text));
}

static const char *
selected_code (AdwComboRow *row,
               GPtrArray   *entries)
{
  return ond_case_choices_code (entries, adw_combo_row_get_selected (row));
}

static gint64
spin_value (GtkSpinButton *spin)
{
  /* Take what was typed, even when it was not confirmed with Enter. */
  gtk_spin_button_update (spin);
  return gtk_spin_button_get_value_as_int (spin);
}

/* The date as ISO; a date that cannot be read is refused here, an empty one is for the
 * store to refuse. */
static char *
read_date (OndRegisterEditor  *self,
           GError            **error)
{
  g_autofree char *text = dup_text (self->date_row);
  g_autoptr(GError) date_error = NULL;
  char *iso = NULL;

  if (text[0] == '\0')
    return g_strdup ("");
  if (!ond_date_parse (text, &iso, &date_error))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DATE,
                           date_error->message);
      return NULL;
    }
  return iso;
}

static GArray *
chosen_partners (OndRegisterEditor *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->partner_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->partner_checks, i)))
      g_array_append_val (ids, g_array_index (self->partner_ids, gint64, i));
  return ids;
}

/* The form as a record, with the baseline's id (0 for a new one). */
static GObject *
read_record (OndRegisterEditor  *self,
             GError            **error)
{
  gint64 id = self->baseline != NULL ? ond_register_record_get_id (self->baseline) : 0;
  g_autofree char *date = read_date (self, error);
  g_autofree char *note = self->note_row != NULL ? dup_text (self->note_row) : NULL;
  gint64 area_id = ond_register_choices_get_id (self->area_row, self->area_ids);

  if (date == NULL)
    return NULL;

  switch (self->kind)
    {
    case OND_REGISTER_CONTROLS:
      {
        g_autoptr(GArray) partners = chosen_partners (self);

        return G_OBJECT (ond_control_new (id, date,
                                          selected_code (self->kind_row, self->kinds), NULL,
                                          area_id, NULL,
                                          spin_value (self->businesses_spin),
                                          spin_value (self->signals_spin),
                                          (const gint64 *) partners->data, partners->len,
                                          NULL, note));
      }

    case OND_REGISTER_MEASURES:
      {
        g_autofree char *legal_basis = dup_text (self->legal_basis_row);
        g_autofree char *reference = dup_text (self->case_row);
        gint64 case_id = 0;

        /* The record's own case when the reference is unchanged: it is never looked up. */
        if (OND_IS_MEASURE (self->baseline) &&
            g_strcmp0 (reference,
                       ond_measure_get_case_reference (OND_MEASURE (self->baseline))) == 0)
          case_id = ond_measure_get_case_id (OND_MEASURE (self->baseline));
        else if (!ond_register_choices_find_case (self->store, reference, &case_id, error))
          return NULL;
        return G_OBJECT (ond_measure_new (id, date,
                                          selected_code (self->kind_row, self->kinds), NULL,
                                          selected_code (self->domain_row, self->domains), NULL,
                                          legal_basis, area_id, NULL, case_id, NULL));
      }

    case OND_REGISTER_STOP_TALKS:
      {
        g_autofree char *branch = dup_text (self->branch_row);

        return G_OBJECT (ond_stop_talk_new (id, date, branch,
                                            gtk_switch_get_active (self->maatwerk_switch),
                                            area_id, NULL));
      }

    case OND_REGISTER_ACTIVITIES:
    default:
      return G_OBJECT (ond_activity_new (id, date,
                                         selected_code (self->kind_row, self->kinds), NULL,
                                         ond_register_choices_get_id (self->theme_row,
                                                                      self->theme_ids),
                                         NULL,
                                         ond_register_choices_get_id (self->plan_item_row,
                                                                      self->plan_item_ids),
                                         NULL, area_id, NULL, note));
    }
}

/**
 * _ond_register_editor_read_form:
 * @self: an #OndRegisterEditor
 * @error: return location for an error
 *
 * Returns: (transfer full): a new record object from the form, with the id and the row
 *   version of the baseline (the record changed as the form last read it; 0 for a new one),
 *   or %NULL with @error set (%OND_REGISTER_ERROR naming the field)
 */
GObject *
_ond_register_editor_read_form (OndRegisterEditor  *self,
                                GError            **error)
{
  g_autoptr(GObject) record = read_record (self, error);

  /* Saved only while nobody else changed it since the form read it. */
  if (record != NULL && self->baseline != NULL)
    ond_register_record_set_row_version (record,
                                         ond_register_record_get_row_version (self->baseline));
  return g_steal_pointer (&record);
}
