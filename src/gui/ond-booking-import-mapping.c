/* ond-booking-import-mapping.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns page of the import dialog: for each field of a booking a combo row offering
 * the names of the file's header (after "not used"), showing the column the mapping reads the
 * field from; the mappings saved per source (after the default format), and saving the one
 * shown under a source name. Any change reads the file again with the new mapping. Header
 * names are compared as the import compares them: case and accents ignored. */

#define G_LOG_DOMAIN "ond-booking-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-import-dialog-private.h"
#include "ond-text.h"

/* The position of @name in @header (case and accents ignored), or -1. */
static int
find_header (const char * const *header,
             const char         *name)
{
  g_autofree char *key = NULL;

  if (header == NULL || name == NULL)
    return -1;

  key = ond_text_fold (name);
  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *other = ond_text_fold (header[i]);

      if (g_strcmp0 (key, other) == 0)
        return (int) i;
    }
  return -1;
}

/* Whether @mapping finds every required column in @header. */
static gboolean
mapping_fits (const OndBookingMapping *mapping,
              const char * const      *header)
{
  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    if (ond_booking_field_is_required (f) && find_header (header, mapping->columns[f]) < 0)
      return FALSE;
  return TRUE;
}

static void
show_toast (OndBookingImportDialog *self,
            const char             *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* The field rows. */

void
_ond_booking_import_dialog_fill_fields (OndBookingImportDialog *self)
{
  const char * const *header = self->import != NULL
                               ? ond_booking_import_get_header (self->import) : NULL;

  /* The names offered change only with the header (not while the user chooses). */
  gboolean new_header = self->offered_header == NULL || header == NULL ||
                        !g_strv_equal ((const char * const *) self->offered_header, header);

  self->filling = TRUE;
  if (new_header)
    {
      g_clear_pointer (&self->offered_header, g_strfreev);
      self->offered_header = header != NULL ? g_strdupv ((GStrv) header) : NULL;
    }
  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      AdwComboRow *row = self->field_rows[f];
      const char *column = self->mapping->columns[f];
      gboolean required = ond_booking_field_is_required (f);
      g_autofree char *subtitle = NULL;
      int position = find_header (header, column);

      if (new_header)
        {
          g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

          gtk_string_list_append (names, required ? _("Choose a column") : _("Not used"));
          for (guint i = 0; header != NULL && header[i] != NULL; i++)
            gtk_string_list_append (names, header[i]);
          adw_combo_row_set_model (row, G_LIST_MODEL (names));
        }
      adw_combo_row_set_selected (row, position >= 0 ? (guint) position + 1 : 0);

      if (column != NULL && position < 0)
        /* Translators: below a field of the import's columns; %s is a column name. */
        subtitle = g_strdup_printf (_("The file has no column “%s”"), column);
      else if (required)
        subtitle = g_strdup (_("Required"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
      if (required && position < 0)
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }
  self->filling = FALSE;
}

static void
on_field_selected_cb (OndBookingImportDialog *self,
                      GParamSpec             *pspec,
                      AdwComboRow            *row)
{
  const char * const *header;
  guint selected;

  if (self->filling || self->import == NULL)
    return;

  header = ond_booking_import_get_header (self->import);
  selected = adw_combo_row_get_selected (row);
  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      if (self->field_rows[f] != row)
        continue;
      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || header == NULL ||
          selected > g_strv_length ((GStrv) header))
        ond_booking_mapping_set_column (self->mapping, f, NULL);
      else
        ond_booking_mapping_set_column (self->mapping, f, header[selected - 1]);
    }

  _ond_booking_import_dialog_prepare (self);
  _ond_booking_import_dialog_fill_fields (self);
}

/* The saved mappings. */

void
_ond_booking_import_dialog_fill_sources (OndBookingImportDialog *self,
                                         const char             *chosen)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint position = 0;

  g_clear_pointer (&self->sources, g_strfreev);
  if (self->store != NULL)
    {
      self->sources = ond_store_list_booking_mappings (self->store, &error);
      if (self->sources == NULL)
        show_toast (self, error->message);
    }

  gtk_string_list_append (names, _("Default format"));
  for (guint i = 0; self->sources != NULL && self->sources[i] != NULL; i++)
    {
      gtk_string_list_append (names, self->sources[i]);
      if (g_strcmp0 (self->sources[i], chosen) == 0)
        position = i + 1;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->saved_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->saved_row, position);
  self->filling = FALSE;
}

/* The mapping saved for @source (NULL: the default format), or NULL with a toast. */
static OndBookingMapping *
load_mapping (OndBookingImportDialog *self,
              const char             *source)
{
  g_autoptr(GError) error = NULL;
  OndBookingMapping *mapping;

  if (source == NULL)
    return ond_booking_mapping_new_default ();

  mapping = ond_store_load_booking_mapping (self->store, source, &error);
  if (mapping == NULL)
    show_toast (self, error->message);
  return mapping;
}

static void
use_mapping (OndBookingImportDialog *self,
             OndBookingMapping      *mapping,
             const char             *source)
{
  g_clear_pointer (&self->mapping, ond_booking_mapping_free);
  self->mapping = mapping;
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), source != NULL ? source : "");
}

static void
on_saved_selected_cb (OndBookingImportDialog *self,
                      GParamSpec             *pspec,
                      AdwComboRow            *row)
{
  guint selected = adw_combo_row_get_selected (row);
  const char *source = NULL;
  OndBookingMapping *mapping;

  if (self->filling)
    return;

  if (selected > 0 && self->sources != NULL && selected <= g_strv_length (self->sources))
    source = self->sources[selected - 1];
  mapping = load_mapping (self, source);
  if (mapping == NULL)
    return;

  use_mapping (self, mapping, source);
  _ond_booking_import_dialog_prepare (self);
  _ond_booking_import_dialog_fill_fields (self);
}

void
_ond_booking_import_dialog_match_header (OndBookingImportDialog *self)
{
  const char * const *header = ond_booking_import_get_header (self->import);

  if (header != NULL && !mapping_fits (self->mapping, header))
    {
      for (guint i = 0; self->sources != NULL && self->sources[i] != NULL; i++)
        {
          OndBookingMapping *mapping = load_mapping (self, self->sources[i]);

          if (mapping == NULL)
            continue;
          if (!mapping_fits (mapping, header))
            {
              ond_booking_mapping_free (mapping);
              continue;
            }

          use_mapping (self, mapping, self->sources[i]);
          self->filling = TRUE;
          adw_combo_row_set_selected (self->saved_row, i + 1);
          self->filling = FALSE;
          _ond_booking_import_dialog_prepare (self);
          break;
        }
    }

  _ond_booking_import_dialog_fill_fields (self);
}

void
_ond_booking_import_dialog_save_mapping (OndBookingImportDialog *self,
                                         GtkButton              *button)
{
  g_autofree char *source = g_strstrip (g_strdup (gtk_editable_get_text (
                                                    GTK_EDITABLE (self->source_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;

  if (source[0] == '\0')
    {
      show_toast (self, _("Type the name of the source to save the mapping under"));
      gtk_widget_grab_focus (GTK_WIDGET (self->source_row));
      return;
    }

  if (!ond_store_save_booking_mapping (self->store, source, self->mapping, &error))
    {
      g_message ("The mapping was not saved: %s", error->message);
      show_toast (self, error->message);
      return;
    }

  /* Translators: %s is the name of a source, e.g. "Key2Financiën". */
  message = g_strdup_printf (_("Mapping “%s” saved"), source);
  show_toast (self, message);
  _ond_booking_import_dialog_fill_sources (self, source);
}

/* Making the rows. */

void
_ond_booking_import_dialog_init_mapping (OndBookingImportDialog *self)
{
  gboolean writable = self->store != NULL && !ond_store_is_read_only (self->store);

  self->mapping = ond_booking_mapping_new_default ();

  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ond_booking_field_label (f));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_field_selected_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->fields_group, row);
      self->field_rows[f] = ADW_COMBO_ROW (row);
    }

  g_signal_connect_object (self->saved_row, "notify::selected",
                           G_CALLBACK (on_saved_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_mapping_button), writable);
  _ond_booking_import_dialog_fill_sources (self, NULL);
  _ond_booking_import_dialog_fill_fields (self);
}
