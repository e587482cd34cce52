/* ond-register-record.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The four registers of "Controles & maatregelen" seen as one: their texts and the store
 * calls chosen by the register or by the type of a record. */

#define G_LOG_DOMAIN "ond-register-record"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-register-record.h"

G_DEFINE_ENUM_TYPE (OndRegisterKind, ond_register_kind,
  G_DEFINE_ENUM_VALUE (OND_REGISTER_CONTROLS, "controls"),
  G_DEFINE_ENUM_VALUE (OND_REGISTER_MEASURES, "measures"),
  G_DEFINE_ENUM_VALUE (OND_REGISTER_STOP_TALKS, "stop-talks"),
  G_DEFINE_ENUM_VALUE (OND_REGISTER_ACTIVITIES, "activities"))

/* Translators: in the texts below, %s is a record in a few words: its date and its kind
 * (or, for a stop talk, its branch), e.g. "12-03-2024, Integrale controle". */
static const OndRegisterTexts texts[] = {
  [OND_REGISTER_CONTROLS] = {
    N_("Controls"),
    N_("_Add Control"),
    N_("Add Control"),
    N_("New Control"),
    N_("Edit Control"),
    N_("Delete Control?"),
    N_("The control of %s is removed from the register, with the partners present."),
    N_("Control of %s deleted"),
    N_("Control of %s saved"),
    N_("Edit the control of %s"),
    N_("Delete the control of %s"),
    N_("Search date, kind, area, partners or note"),
    N_("Search the controls"),
    N_("Controls"),
    N_("No Controls Yet"),
    N_("Record each control: an integrale controle, a control in the sex industry, "
       "DOR/DOL or garage boxes, with the businesses visited and the signals found."),
    "security-high-symbolic",
    N_("Someone Else Changed This Control"),
    N_("The control was changed after you opened it, so your changes have not been saved. "
       "This is what changed:"),
    N_("The control was changed after you opened it, but not in the fields of this form. "
       "Your changes have not been saved."),
  },
  [OND_REGISTER_MEASURES] = {
    N_("Measures"),
    N_("_Add Measure"),
    N_("Add Measure"),
    N_("New Measure"),
    N_("Edit Measure"),
    N_("Delete Measure?"),
    N_("The administrative measure of %s is removed from the register."),
    N_("Measure of %s deleted"),
    N_("Measure of %s saved"),
    N_("Edit the measure of %s"),
    N_("Delete the measure of %s"),
    N_("Search date, kind, domain, legal basis or case"),
    N_("Search the measures"),
    N_("Administrative measures"),
    N_("No Measures Yet"),
    N_("Record each administrative measure of the mayor: a warning, a closure, an order "
       "subject to a penalty."),
    "emblem-documents-symbolic",
    N_("Someone Else Changed This Measure"),
    N_("The measure was changed after you opened it, so your changes have not been saved. "
       "This is what changed:"),
    N_("The measure was changed after you opened it, but not in the fields of this form. "
       "Your changes have not been saved."),
  },
  [OND_REGISTER_STOP_TALKS] = {
    N_("Stop Talks"),
    N_("_Add Stop Talk"),
    N_("Add Stop Talk"),
    N_("New Stop Talk"),
    N_("Edit Stop Talk"),
    N_("Delete Stop Talk?"),
    N_("The stop talk of %s is removed from the register."),
    N_("Stop talk of %s deleted"),
    N_("Stop talk of %s saved"),
    N_("Edit the stop talk of %s"),
    N_("Delete the stop talk of %s"),
    N_("Search date, branch or area"),
    N_("Search the stop talks"),
    N_("Stop talks"),
    N_("No Stop Talks Yet"),
    N_("Record each conversation with a facilitator, and whether it led to a tailored "
       "solution."),
    "system-users-symbolic",
    N_("Someone Else Changed This Stop Talk"),
    N_("The stop talk was changed after you opened it, so your changes have not been saved. "
       "This is what changed:"),
    N_("The stop talk was changed after you opened it, but not in the fields of this form. "
       "Your changes have not been saved."),
  },
  [OND_REGISTER_ACTIVITIES] = {
    N_("Activities"),
    N_("_Add Activity"),
    N_("Add Activity"),
    N_("New Activity"),
    N_("Edit Activity"),
    N_("Delete Activity?"),
    N_("The activity of %s is removed from the register."),
    N_("Activity of %s deleted"),
    N_("Activity of %s saved"),
    N_("Edit the activity of %s"),
    N_("Delete the activity of %s"),
    N_("Search date, kind, theme, planning or note"),
    N_("Search the activities"),
    N_("Activities"),
    N_("No Activities Yet"),
    N_("Record what the planning counts: neighbourhood drug actions, resilience actions "
       "and awareness meetings."),
    "x-office-calendar-symbolic",
    N_("Someone Else Changed This Activity"),
    N_("The activity was changed after you opened it, so your changes have not been saved. "
       "This is what changed:"),
    N_("The activity was changed after you opened it, but not in the fields of this form. "
       "Your changes have not been saved."),
  },
};

/**
 * ond_register_kind_get_texts:
 * @kind: a register
 *
 * Returns: (transfer none): the texts of the register, untranslated
 */
const OndRegisterTexts *
ond_register_kind_get_texts (OndRegisterKind kind)
{
  g_return_val_if_fail (kind <= OND_REGISTER_ACTIVITIES, &texts[0]);

  return &texts[kind];
}

/**
 * ond_register_kind_get_item_type:
 * @kind: a register
 *
 * Returns: the type of the register's records
 */
GType
ond_register_kind_get_item_type (OndRegisterKind kind)
{
  switch (kind)
    {
    case OND_REGISTER_CONTROLS:
      return OND_TYPE_CONTROL;
    case OND_REGISTER_MEASURES:
      return OND_TYPE_MEASURE;
    case OND_REGISTER_STOP_TALKS:
      return OND_TYPE_STOP_TALK;
    case OND_REGISTER_ACTIVITIES:
      return OND_TYPE_ACTIVITY;
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

/**
 * ond_register_list:
 * @store: the store
 * @kind: a register
 * @error: return location for an error
 *
 * Returns: (transfer full): the records of the register, newest first, or %NULL
 */
GListModel *
ond_register_list (OndStore         *store,
                   OndRegisterKind   kind,
                   GError          **error)
{
  switch (kind)
    {
    case OND_REGISTER_CONTROLS:
      return ond_store_list_controls (store, error);
    case OND_REGISTER_MEASURES:
      return ond_store_list_measures (store, error);
    case OND_REGISTER_STOP_TALKS:
      return ond_store_list_stop_talks (store, error);
    case OND_REGISTER_ACTIVITIES:
      return ond_store_list_activities (store, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ond_register_save:
 * @store: the store
 * @record: the record to add (id 0) or change
 * @flags: what the user confirmed
 * @error: return location for an error
 *
 * Returns: the id of the record, or 0 with @error set
 */
gint64
ond_register_save (OndStore          *store,
                   GObject           *record,
                   OndRegisterFlags   flags,
                   GError           **error)
{
  if (OND_IS_CONTROL (record))
    return ond_store_save_control (store, OND_CONTROL (record), flags, error);
  if (OND_IS_MEASURE (record))
    return ond_store_save_measure (store, OND_MEASURE (record), flags, error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_save_stop_talk (store, OND_STOP_TALK (record), flags, error);
  if (OND_IS_ACTIVITY (record))
    return ond_store_save_activity (store, OND_ACTIVITY (record), flags, error);
  g_return_val_if_reached (0);
}

/**
 * ond_register_delete:
 * @store: the store
 * @record: the record to delete
 * @error: return location for an error
 *
 * Returns: whether the record was deleted
 */
gboolean
ond_register_delete (OndStore  *store,
                     GObject   *record,
                     GError   **error)
{
  gint64 id = ond_register_record_get_id (record);

  if (OND_IS_CONTROL (record))
    return ond_store_delete_control (store, id, error);
  if (OND_IS_MEASURE (record))
    return ond_store_delete_measure (store, id, error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_delete_stop_talk (store, id, error);
  if (OND_IS_ACTIVITY (record))
    return ond_store_delete_activity (store, id, error);
  g_return_val_if_reached (FALSE);
}

/**
 * ond_register_restore:
 * @store: the store
 * @record: a record read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted record back with its own id (undo).
 *
 * Returns: the id of the record, or 0 with @error set
 */
gint64
ond_register_restore (OndStore  *store,
                      GObject   *record,
                      GError   **error)
{
  if (OND_IS_CONTROL (record))
    return ond_store_restore_control (store, OND_CONTROL (record), error);
  if (OND_IS_MEASURE (record))
    return ond_store_restore_measure (store, OND_MEASURE (record), error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_restore_stop_talk (store, OND_STOP_TALK (record), error);
  if (OND_IS_ACTIVITY (record))
    return ond_store_restore_activity (store, OND_ACTIVITY (record), error);
  g_return_val_if_reached (0);
}

/**
 * ond_register_record_get_kind:
 * @record: a record of a register
 *
 * Returns: the register it belongs to
 */
OndRegisterKind
ond_register_record_get_kind (GObject *record)
{
  if (OND_IS_MEASURE (record))
    return OND_REGISTER_MEASURES;
  if (OND_IS_STOP_TALK (record))
    return OND_REGISTER_STOP_TALKS;
  if (OND_IS_ACTIVITY (record))
    return OND_REGISTER_ACTIVITIES;
  g_return_val_if_fail (OND_IS_CONTROL (record), OND_REGISTER_CONTROLS);
  return OND_REGISTER_CONTROLS;
}

/**
 * ond_register_record_get_id:
 * @record: a record of a register
 *
 * Returns: its id, 0 when it is not stored yet
 */
gint64
ond_register_record_get_id (GObject *record)
{
  if (OND_IS_CONTROL (record))
    return ond_control_get_id (OND_CONTROL (record));
  if (OND_IS_MEASURE (record))
    return ond_measure_get_id (OND_MEASURE (record));
  if (OND_IS_STOP_TALK (record))
    return ond_stop_talk_get_id (OND_STOP_TALK (record));
  if (OND_IS_ACTIVITY (record))
    return ond_activity_get_id (OND_ACTIVITY (record));
  g_return_val_if_reached (0);
}

/**
 * ond_register_record_get_row_version:
 * @record: a record of a register
 *
 * Returns: the row version it was read with, 0 when it was not read from a store
 */
gint64
ond_register_record_get_row_version (GObject *record)
{
  if (OND_IS_CONTROL (record))
    return ond_control_get_row_version (OND_CONTROL (record));
  if (OND_IS_MEASURE (record))
    return ond_measure_get_row_version (OND_MEASURE (record));
  if (OND_IS_STOP_TALK (record))
    return ond_stop_talk_get_row_version (OND_STOP_TALK (record));
  if (OND_IS_ACTIVITY (record))
    return ond_activity_get_row_version (OND_ACTIVITY (record));
  g_return_val_if_reached (0);
}

/**
 * ond_register_record_set_row_version:
 * @record: a record of a register
 * @row_version: the row version a save checks (0: not checked)
 *
 * Sets the row version of @record, an edit of a record read with @row_version.
 */
void
ond_register_record_set_row_version (GObject *record,
                                     gint64   row_version)
{
  if (OND_IS_CONTROL (record))
    ond_control_set_row_version (OND_CONTROL (record), row_version);
  else if (OND_IS_MEASURE (record))
    ond_measure_set_row_version (OND_MEASURE (record), row_version);
  else if (OND_IS_STOP_TALK (record))
    ond_stop_talk_set_row_version (OND_STOP_TALK (record), row_version);
  else if (OND_IS_ACTIVITY (record))
    ond_activity_set_row_version (OND_ACTIVITY (record), row_version);
  else
    g_return_if_reached ();
}

/**
 * ond_register_record_get_search_text:
 * @record: a record of a register
 *
 * Returns: (transfer none): its folded search text
 */
const char *
ond_register_record_get_search_text (GObject *record)
{
  if (OND_IS_CONTROL (record))
    return ond_control_get_search_text (OND_CONTROL (record));
  if (OND_IS_MEASURE (record))
    return ond_measure_get_search_text (OND_MEASURE (record));
  if (OND_IS_STOP_TALK (record))
    return ond_stop_talk_get_search_text (OND_STOP_TALK (record));
  if (OND_IS_ACTIVITY (record))
    return ond_activity_get_search_text (OND_ACTIVITY (record));
  g_return_val_if_reached ("");
}

/**
 * ond_register_record_describe:
 * @record: a record of a register
 *
 * Returns: (transfer full): its date (dd-mm-jjjj) and kind, or branch for a stop talk
 */
char *
ond_register_record_describe (GObject *record)
{
  const char *date = NULL;
  const char *what = NULL;
  g_autofree char *shown_date = NULL;

  if (OND_IS_CONTROL (record))
    {
      date = ond_control_get_date (OND_CONTROL (record));
      what = ond_control_get_kind_label (OND_CONTROL (record));
    }
  else if (OND_IS_MEASURE (record))
    {
      date = ond_measure_get_date (OND_MEASURE (record));
      what = ond_measure_get_kind_label (OND_MEASURE (record));
    }
  else if (OND_IS_STOP_TALK (record))
    {
      date = ond_stop_talk_get_date (OND_STOP_TALK (record));
      what = ond_stop_talk_get_branch (OND_STOP_TALK (record));
    }
  else if (OND_IS_ACTIVITY (record))
    {
      date = ond_activity_get_date (OND_ACTIVITY (record));
      what = ond_activity_get_kind_label (OND_ACTIVITY (record));
    }
  g_return_val_if_fail (date != NULL, g_strdup (""));

  shown_date = ond_date_format (date);
  if (what == NULL || what[0] == '\0')
    return g_steal_pointer (&shown_date);
  /* Translators: a record in a few words: its date and kind, "12-03-2024, Sluiting". */
  return g_strdup_printf (_("%s, %s"), shown_date, what);
}

/**
 * ond_register_record_format:
 * @record: a record of a register
 * @text: one of the texts of #OndRegisterTexts with %s, untranslated
 *
 * Returns: (transfer full): @text translated, with the description of @record
 *   (ond_register_record_describe) in place of its %s
 */
char *
ond_register_record_format (GObject    *record,
                            const char *text)
{
  g_autoptr(GString) result = g_string_new (_(text));
  g_autofree char *what = ond_register_record_describe (record);

  /* Not printf: the text comes from a table, so the compiler cannot check its format. */
  g_string_replace (result, "%s", what, 1);
  return g_string_free (g_steal_pointer (&result), FALSE);
}
