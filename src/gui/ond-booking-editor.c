/* ond-booking-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a booking. Every field the store can refuse has a message row right below it
 * (ond-form-field.c), found by the OndBookingError code that names the field. The form is
 * read into a new OndBooking (the amount exactly, by ond_money_parse) and handed to the
 * store, which checks it and writes it, or writes nothing. A change is saved against the
 * booking the form was filled from, with its row version; when someone else changed the
 * booking since, the user is asked (ond-booking-editor-conflict.c). */

#define G_LOG_DOMAIN "ond-booking-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-booking-editor-private.h"
#include "ond-booking-editor.h"
#include "ond-budget-line.h"
#include "ond-case-choices.h"
#include "ond-date.h"
#include "ond-form-field.h"
#include "ond-money.h"
#include "ond-register-choices.h"
#include "ond-store-bookings.h"

/* The fields that can be wrong, by OndBookingError code. */
#define N_FIELDS (OND_BOOKING_ERROR_REFERENCE + 1)

#define EURO_SIGN "\xe2\x82\xac"

struct _OndBookingEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  AdwEntryRow         *date_row;
  AdwComboRow         *line_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *amount_row;
  AdwEntryRow         *description_row;
  AdwEntryRow         *reference_row;
  AdwEntryRow         *supplier_row;

  OndFormField         fields[N_FIELDS];
  /* What the choices stand for: the lines' ids (0 for "none") and the kinds' entries. */
  GArray              *line_ids;
  GPtrArray           *kinds;

  OndStore            *store;
  OndPlan             *plan;
  OndBooking          *booking;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_BOOKING,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndBookingEditor, ond_booking_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Messages. */

static void
clear_errors (OndBookingEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    ond_form_field_clear (&self->fields[i]);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
  gtk_label_set_label (self->general_error_label, "");
}

/* Shows @error above the form. */
static void
show_general (OndBookingEditor *self,
              const GError     *error)
{
  if (error == NULL)
    return;
  gtk_label_set_label (self->general_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
}

/* Shows @error below the field its code names, or above the form. */
static void
show_error (OndBookingEditor *self,
            const GError     *error)
{
  if (error->domain == OND_BOOKING_ERROR && error->code >= 0 && error->code < N_FIELDS &&
      self->fields[error->code].field != NULL)
    {
      ond_form_field_show_error (&self->fields[error->code], error->message);
      return;
    }

  show_general (self, error);
}

/* Making the rows. */

static AdwEntryRow *
add_entry_row (OndBookingEditor *self,
               int               code,
               const char       *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  ond_form_field_add (self->group, row, code >= 0 ? &self->fields[code] : NULL);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo_row (OndBookingEditor *self,
               int               code,
               const char       *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  ond_form_field_add (self->group, row, code >= 0 ? &self->fields[code] : NULL);
  return ADW_COMBO_ROW (row);
}

/* The lines of the plan. A new booking starts at "Choose a cost line"; a booking whose line
 * is not one of the plan's keeps it as the first choice, so that saving it unchanged never
 * moves it. */
static void
fill_lines (OndBookingEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GError) error = NULL;
  gint64 own_id = self->booking != NULL ? ond_booking_get_line_id (self->booking) : 0;
  gboolean own_offered = FALSE;
  gint64 none = 0;

  g_array_set_size (self->line_ids, 0);
  if (self->store != NULL && self->plan != NULL)
    {
      lines = ond_store_list_budget_lines (self->store, ond_plan_get_id (self->plan), &error);
      show_general (self, error);
    }

  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      own_offered = own_offered || ond_budget_line_get_id (line) == own_id;
    }

  if (self->booking == NULL || own_id == 0)
    {
      gtk_string_list_append (labels, _("Choose a cost line"));
      g_array_append_val (self->line_ids, none);
    }
  else if (!own_offered)
    {
      gtk_string_list_append (labels, ond_booking_get_line_name (self->booking));
      g_array_append_val (self->line_ids, own_id);
    }

  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      gint64 id = ond_budget_line_get_id (line);

      gtk_string_list_append (labels, ond_budget_line_get_name (line));
      g_array_append_val (self->line_ids, id);
    }

  adw_combo_row_set_model (self->line_row, G_LIST_MODEL (labels));
  ond_register_choices_select_id (self->line_row, self->line_ids, own_id);
}

static void
fill_kinds (OndBookingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  const char *kind = self->booking != NULL ? ond_booking_get_kind (self->booking)
                                           : "realisatie";
  guint position;

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  self->kinds = ond_store_list_vocabulary (self->store, "booking_kind", &error);
  show_general (self, error);
  labels = ond_case_choices_model (self->kinds, NULL);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  position = ond_case_choices_find (self->kinds, kind);
  adw_combo_row_set_selected (self->kind_row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The amount as the user would type it: "1.234,56", "-12,50" (the euro sign left out). */
static char *
format_amount (gint64 cents)
{
  g_autofree char *shown = ond_money_format (cents);
  const char *text = shown;

  if (g_str_has_prefix (text, EURO_SIGN " "))
    text += strlen (EURO_SIGN " ");
  return g_strdup (text);
}

/* Fills the fields from self->booking (a new booking's date is today's). */
static void
fill_fields (OndBookingEditor *self)
{
  OndBooking *booking = self->booking;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;

  fill_lines (self);
  fill_kinds (self);

  if (booking == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = g_date_time_format (now, "%d-%m-%Y");
      set_text (self->date_row, date);
      return;
    }

  date = ond_date_format (ond_booking_get_date (booking));
  set_text (self->date_row, date);
  amount = format_amount (ond_booking_get_amount (booking));
  set_text (self->amount_row, amount);
  set_text (self->description_row, ond_booking_get_description (booking));
  set_text (self->reference_row, ond_booking_get_reference (booking));
  set_text (self->supplier_row, ond_booking_get_supplier (booking));
}

static void
build_fields (OndBookingEditor *self)
{
  self->date_row = add_entry_row (self, OND_BOOKING_ERROR_DATE, _("Date (dd-mm-yyyy)"));
  self->line_row = add_combo_row (self, OND_BOOKING_ERROR_LINE, _("Cost line"));
  self->kind_row = add_combo_row (self, OND_BOOKING_ERROR_KIND, _("Kind"));
  self->amount_row = add_entry_row (self, OND_BOOKING_ERROR_AMOUNT,
                                    _("Amount (e.g. 1.234,56)"));
  self->description_row = add_entry_row (self, -1, _("Description"));
  self->reference_row = add_entry_row (self, OND_BOOKING_ERROR_REFERENCE,
                                       _("Reference (invoice or order number)"));
  self->supplier_row = add_entry_row (self, -1, _("Supplier"));

  fill_fields (self);
}

/* Reading the form. */

static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strstrip (g_steal_pointer (&text));
}

/* The date as ISO; a date that cannot be read is refused here, an empty one is for the
 * store to refuse. */
static char *
read_date (OndBookingEditor  *self,
           GError           **error)
{
  g_autofree char *text = dup_text (self->date_row);
  char *iso = NULL;

  if (text[0] == '\0')
    return g_strdup ("");
  if (!ond_date_parse (text, &iso, error))
    return NULL;
  return iso;
}

/* Shows @message below the field of @code; the keyboard goes to the first field marked. */
static void
mark_field (OndBookingEditor *self,
            OndBookingError   code,
            const char       *message,
            GtkWidget       **first)
{
  ond_form_field_show_error (&self->fields[code], message);
  if (*first == NULL)
    *first = self->fields[code].field;
}

/* A new booking from the form, with the id and row version of the booking changed (0 for a
 * new one); or NULL when a field cannot be read, every such field marked with its message. */
static OndBooking *
read_form (OndBookingEditor *self)
{
  gint64 id = self->booking != NULL ? ond_booking_get_id (self->booking) : 0;
  gint64 batch_id = self->booking != NULL ? ond_booking_get_batch_id (self->booking) : 0;
  gint64 line_id = ond_register_choices_get_id (self->line_row, self->line_ids);
  const char *kind = ond_case_choices_code (self->kinds,
                                            adw_combo_row_get_selected (self->kind_row));
  g_autoptr(GError) date_error = NULL;
  g_autoptr(GError) amount_error = NULL;
  g_autofree char *date = read_date (self, &date_error);
  g_autofree char *amount_text = dup_text (self->amount_row);
  g_autofree char *description = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *supplier = NULL;
  GtkWidget *first = NULL;
  OndBooking *booking;
  gint64 amount = 0;

  if (date == NULL)
    mark_field (self, OND_BOOKING_ERROR_DATE, date_error->message, &first);
  if (line_id == 0)
    mark_field (self, OND_BOOKING_ERROR_LINE, _("Choose the cost line the booking is for"),
                &first);
  if (!ond_money_parse (amount_text, &amount, &amount_error))
    mark_field (self, OND_BOOKING_ERROR_AMOUNT, amount_error->message, &first);
  if (first != NULL)
    {
      gtk_widget_grab_focus (first);
      return NULL;
    }

  description = dup_text (self->description_row);
  reference = dup_text (self->reference_row);
  supplier = dup_text (self->supplier_row);
  booking = ond_booking_new (id, date, line_id, NULL, amount, kind != NULL ? kind : "", NULL,
                             description, reference, supplier, batch_id);
  if (self->booking != NULL)
    ond_booking_set_row_version (booking, ond_booking_get_row_version (self->booking));
  return booking;
}

/* Saving. */

static void
save (OndBookingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) booking = NULL;
  gint64 id;

  clear_errors (self);

  booking = read_form (self);
  if (booking == NULL)
    return;

  id = ond_store_save_booking (self->store, self->plan != NULL ? ond_plan_get_id (self->plan) : 0,
                               booking, &error);
  if (id == 0 && g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
    {
      g_clear_error (&error);
      if (_ond_booking_editor_show_conflict (self, self->store, self->booking, booking, &error))
        return;
    }
  if (id == 0)
    {
      g_message ("The booking was not saved: %s", error->message);
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndBookingEditor *self,
                    GtkButton        *button)
{
  save (self);
}

/**
 * _ond_booking_editor_answer_conflict:
 * @form: the #OndBookingEditor
 * @current: the booking as it was read when the conflict dialog opened
 * @overwrite: whether to save the form over it
 *
 * The form's baseline becomes @current; the form is saved over it, or filled in from it.
 */
void
_ond_booking_editor_answer_conflict (GtkWindow *form,
                                     gpointer   current,
                                     gboolean   overwrite)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (form);

  g_set_object (&self->booking, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  clear_errors (self);
  fill_fields (self);
}

static void
build_form (OndBookingEditor *self)
{
  const char *title = self->booking == NULL ? _("New Booking") : _("Edit Booking");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->save_button, self->booking == NULL ? _("_Add") : _("_Save"));
  if (self->booking != NULL)
    {
      g_autofree char *date = ond_date_format (ond_booking_get_date (self->booking));
      /* Translators: the subtitle of the form of a booking: its date and its cost line. */
      g_autofree char *what = g_strdup_printf (_("%s, %s"), date,
                                               ond_booking_get_line_name (self->booking));

      adw_window_title_set_subtitle (self->window_title, what);
    }

  build_fields (self);
}

static void
ond_booking_editor_constructed (GObject *object)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (object);

  G_OBJECT_CLASS (ond_booking_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);
  build_form (self);
}

static void
ond_booking_editor_dispose (GObject *object)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_BOOKING_EDITOR);

  G_OBJECT_CLASS (ond_booking_editor_parent_class)->dispose (object);
}

static void
ond_booking_editor_finalize (GObject *object)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (object);

  g_clear_pointer (&self->line_ids, g_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->booking);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_booking_editor_parent_class)->finalize (object);
}

static void
ond_booking_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_BOOKING:
      g_value_set_object (value, self->booking);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndBookingEditor *self = OND_BOOKING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_BOOKING:
      self->booking = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_editor_class_init (OndBookingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_booking_editor_constructed;
  object_class->dispose = ond_booking_editor_dispose;
  object_class->finalize = ond_booking_editor_finalize;
  object_class->get_property = ond_booking_editor_get_property;
  object_class->set_property = ond_booking_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOOKING] =
    g_param_spec_object ("booking", NULL, NULL,
                         OND_TYPE_BOOKING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndBookingEditor::saved:
   * @self: the editor
   * @id: the id of the booking added or changed
   *
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-booking-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndBookingEditor, group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_booking_editor_init (OndBookingEditor *self)
{
  self->line_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_booking_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: (nullable): the plan whose cost lines are offered
 * @booking: (nullable): the booking to change, or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndBookingEditor *
ond_booking_editor_new (GtkWindow  *parent,
                        OndStore   *store,
                        OndPlan    *plan,
                        OndBooking *booking)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (booking == NULL || OND_IS_BOOKING (booking), NULL);

  return g_object_new (OND_TYPE_BOOKING_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "booking", booking,
                       NULL);
}

/**
 * ond_booking_editor_get_booking:
 * @self: an #OndBookingEditor
 *
 * Returns: (transfer none) (nullable): the booking changed, or %NULL for a new one
 */
OndBooking *
ond_booking_editor_get_booking (OndBookingEditor *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_EDITOR (self), NULL);

  return self->booking;
}
