/* ond-figure-value-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form in which one year of a monitoring figure is entered by hand: the 2022 baseline,
 * or a total a partner delivered. It checks only that a source is given; every other rule
 * (a counted year, a closed year, sums that must agree) is the store's, and its refusal is
 * shown below the value. The value is saved against the hand value the form was filled from,
 * with its row version (none: 0): when someone else changed or entered it since, the user is
 * asked with the conflict dialog every edit form shares; when someone else cleared it, the
 * form says so and a second save enters it anew (ond-store-migration-12.c). */

#define G_LOG_DOMAIN "ond-figure-value-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-figure-value-dialog.h"
#include "ond-store-figures.h"
#include "ond-store-form-conflict.h"
#include "ond-text.h"
#include "ond-year-list.h"

struct _OndFigureValueDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;
  AdwComboRow         *year_row;
  AdwActionRow        *value_row;
  GtkSpinButton       *value_spin;
  GtkWidget           *value_error;
  GtkLabel            *value_error_label;
  AdwEntryRow         *source_row;
  GtkWidget           *source_error;
  GtkLabel            *source_error_label;

  OndStore            *store;
  OndFigure           *figure;
  int                  year;
  /* The hand value of the year as the form read it: what a save is checked against. */
  OndFigureHandValue  *opened;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_FIGURE,
  PROP_YEAR,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndFigureValueDialog, ond_figure_value_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_row_error (GtkWidget  *row,
               GtkWidget  *message_row,
               GtkLabel   *label,
               const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (message_row, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_widget_grab_focus (row);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
clear_errors (OndFigureValueDialog *self)
{
  set_row_error (GTK_WIDGET (self->value_row), self->value_error, self->value_error_label,
                 NULL);
  set_row_error (GTK_WIDGET (self->source_row), self->source_error, self->source_error_label,
                 NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
}

/* What the chosen year holds now, below the value: the user sees whether it is counted. */
static void
describe_current (OndFigureValueDialog *self)
{
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;
  OndFigureOrigin origin = ond_figure_get_origin (self->figure, self->year);
  gint64 value = 0;

  ond_figure_get_value (self->figure, self->year, &value);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  switch (origin)
    {
    case OND_FIGURE_ORIGIN_COUNTED:
      /* Translators: below the value field: what the year holds now, e.g. "Now 12,
       * counted from the records". */
      text = g_strdup_printf (_("Now %s, counted from the records"), number);
      break;

    case OND_FIGURE_ORIGIN_FROZEN:
      text = g_strdup_printf (_("Now %s, frozen when the year was closed"), number);
      break;

    case OND_FIGURE_ORIGIN_MANUAL:
      text = g_strdup_printf (_("Now %s, entered by hand"), number);
      break;

    case OND_FIGURE_ORIGIN_NONE:
    default:
      text = g_strdup (_("No value yet"));
      break;
    }
  adw_action_row_set_subtitle (self->value_row, text);
}

static void
show_general_error (OndFigureValueDialog *self,
                    const char           *message)
{
  gtk_label_set_label (self->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
}

/* Fills the form from @hand (taken), the hand value as read now, which becomes the baseline:
 * a value entered by hand before is the starting point; otherwise the form starts empty. */
static void
fill_from (OndFigureValueDialog *self,
           OndFigureHandValue   *hand)
{
  g_clear_pointer (&self->opened, ond_figure_hand_value_free);
  self->opened = hand;
  gtk_spin_button_set_value (self->value_spin, hand->row_version > 0 ? (double) hand->value : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                         hand->row_version > 0 ? hand->source : "");
}

static void
fill_year (OndFigureValueDialog *self)
{
  g_autoptr(GError) error = NULL;
  OndFigureHandValue *hand;

  clear_errors (self);
  describe_current (self);
  hand = ond_store_get_figure_hand_value (self->store, ond_figure_get_code (self->figure),
                                          self->year, &error);
  if (hand == NULL)
    {
      hand = g_new0 (OndFigureHandValue, 1);
      hand->source = g_strdup ("");
      show_general_error (self, error->message);
    }
  fill_from (self, hand);
}

static void
on_year_selected_cb (OndFigureValueDialog *self,
                     GParamSpec           *pspec,
                     AdwComboRow          *row)
{
  guint selected = adw_combo_row_get_selected (row);
  int year;

  if (self->figure == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  year = ond_figure_get_first_year (self->figure) + (int) selected;
  if (year == self->year)
    return;
  self->year = year;
  fill_year (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static gboolean save (OndFigureValueDialog *self);

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (form);
  OndFigureHandValue *hand = current;
  g_autoptr(OndFigureHandValue) copy = g_new0 (OndFigureHandValue, 1);

  copy->row_version = hand->row_version;
  copy->value = hand->value;
  copy->source = g_strdup (hand->source);
  if (overwrite)
    {
      /* The form as it is, saved over the value just read. */
      g_clear_pointer (&self->opened, ond_figure_hand_value_free);
      self->opened = g_steal_pointer (&copy);
      save (self);
      return;
    }
  clear_errors (self);
  fill_from (self, g_steal_pointer (&copy));
}

/* Someone else changed or entered the value after the form read it: reads it again and asks
 * with what changed. */
static void
show_conflict (OndFigureValueDialog *self,
               gint64                value,
               const char           *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFigureHandValue) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Value"),
    _("The value was changed after you opened it, so your changes have not been saved. "
      "This is what changed:"),
    _("The value was changed after you opened it, but not in the fields of this form. Your "
      "changes have not been saved."),
  };

  current = ond_store_get_figure_hand_value (self->store, ond_figure_get_code (self->figure),
                                             self->year, &error);
  if (current == NULL)
    {
      show_general_error (self, error->message);
      return;
    }
  changes = ond_store_compare_figure_value_edit (self->opened, value, source, current);
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           (GDestroyNotify) ond_figure_hand_value_free, answer_conflict);
}

static gboolean
save (OndFigureValueDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  gint64 version = self->opened != NULL ? self->opened->row_version : 0;
  gint64 value;

  clear_errors (self);

  gtk_spin_button_update (self->value_spin);
  value = (gint64) gtk_spin_button_get_value (self->value_spin);
  source = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->source_row))));
  if (ond_text_is_blank (source))
    {
      set_row_error (GTK_WIDGET (self->source_row), self->source_error,
                     self->source_error_label,
                     _("Say where the value comes from, e.g. the partner that delivered it"));
      return FALSE;
    }

  if (!ond_store_set_figure_value_edit (self->store, ond_figure_get_code (self->figure),
                                        self->year, &version, value, source, &error))
    {
      g_message ("The value was not entered: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_conflict (self, value, source);
      else if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND) &&
               self->opened != NULL && self->opened->row_version > 0)
        {
          /* Cleared by someone else: said, and a second save enters the value anew. */
          self->opened->row_version = 0;
          show_general_error (self, error->message);
        }
      else if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID))
        set_row_error (GTK_WIDGET (self->value_row), self->value_error,
                       self->value_error_label, error->message);
      else
        {
          gtk_label_set_label (self->general_error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
        }
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (OndFigureValueDialog *self,
                    GtkButton            *button)
{
  save (self);
}

static void
fill_form (OndFigureValueDialog *self)
{
  g_autoptr(GtkStringList) years = NULL;
  g_autofree char *title = NULL;
  int first_year = ond_figure_get_first_year (self->figure);
  int last_year = ond_figure_get_last_year (self->figure);

  adw_window_title_set_title (self->window_title, _("Enter Value"));
  adw_window_title_set_subtitle (self->window_title, ond_figure_get_name (self->figure));
  /* Translators: the title of a form's window, e.g. "Enter Value – Integrale controles". */
  title = g_strdup_printf (_("%s – %s"), _("Enter Value"), ond_figure_get_name (self->figure));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_preferences_group_set_title (self->group, ond_figure_get_name (self->figure));

  years = ond_year_list_new (first_year, last_year);
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (years));

  gtk_spin_button_set_range (self->value_spin, 0, OND_FIGURE_MAX_VALUE);
  if (self->year < first_year || self->year > last_year)
    self->year = last_year;
  adw_combo_row_set_selected (self->year_row, (guint) (self->year - first_year));
  fill_year (self);
}

static void
ond_figure_value_dialog_constructed (GObject *object)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (object);

  G_OBJECT_CLASS (ond_figure_value_dialog_parent_class)->constructed (object);

  fill_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->value_spin));
}

static void
ond_figure_value_dialog_dispose (GObject *object)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_FIGURE_VALUE_DIALOG);

  G_OBJECT_CLASS (ond_figure_value_dialog_parent_class)->dispose (object);
}

static void
ond_figure_value_dialog_finalize (GObject *object)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (object);

  g_clear_object (&self->figure);
  g_clear_object (&self->store);
  g_clear_pointer (&self->opened, ond_figure_hand_value_free);

  G_OBJECT_CLASS (ond_figure_value_dialog_parent_class)->finalize (object);
}

static void
ond_figure_value_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FIGURE:
      g_value_set_object (value, self->figure);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_figure_value_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OndFigureValueDialog *self = OND_FIGURE_VALUE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FIGURE:
      self->figure = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      if (self->figure == NULL)
        self->year = g_value_get_int (value);
      else
        ond_figure_value_dialog_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_figure_value_dialog_class_init (OndFigureValueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_figure_value_dialog_constructed;
  object_class->dispose = ond_figure_value_dialog_dispose;
  object_class->finalize = ond_figure_value_dialog_finalize;
  object_class->get_property = ond_figure_value_dialog_get_property;
  object_class->set_property = ond_figure_value_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL,
                         OND_TYPE_FIGURE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndFigureValueDialog::saved:
   * @self: the dialog
   *
   * The store took the value; the window closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-figure-value-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog,
                                        general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog,
                                        general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, group);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, value_spin);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, value_error);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, value_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog, source_error);
  gtk_widget_class_bind_template_child (widget_class, OndFigureValueDialog,
                                        source_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_figure_value_dialog_init (OndFigureValueDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_figure_value_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to write to
 * @figure: the figure to enter a value of
 * @year: the year chosen at first (a year of @figure)
 *
 * Returns: (transfer full): a new dialog, not yet shown
 */
OndFigureValueDialog *
ond_figure_value_dialog_new (GtkWindow *parent,
                             OndStore  *store,
                             OndFigure *figure,
                             int        year)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  return g_object_new (OND_TYPE_FIGURE_VALUE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "figure", figure,
                       "year", year,
                       NULL);
}

/**
 * ond_figure_value_dialog_get_figure:
 * @self: an #OndFigureValueDialog
 *
 * Returns: (transfer none): the figure a value is entered of
 */
OndFigure *
ond_figure_value_dialog_get_figure (OndFigureValueDialog *self)
{
  g_return_val_if_fail (OND_IS_FIGURE_VALUE_DIALOG (self), NULL);

  return self->figure;
}

/**
 * ond_figure_value_dialog_get_year:
 * @self: an #OndFigureValueDialog
 *
 * Returns: the year chosen
 */
int
ond_figure_value_dialog_get_year (OndFigureValueDialog *self)
{
  g_return_val_if_fail (OND_IS_FIGURE_VALUE_DIALOG (self), 0);

  return self->year;
}

/**
 * ond_figure_value_dialog_set_year:
 * @self: an #OndFigureValueDialog
 * @year: a year of the figure
 *
 * Chooses @year, as if the user picked it.
 */
void
ond_figure_value_dialog_set_year (OndFigureValueDialog *self,
                                  int                   year)
{
  int first_year;

  g_return_if_fail (OND_IS_FIGURE_VALUE_DIALOG (self));
  g_return_if_fail (self->figure != NULL);

  first_year = ond_figure_get_first_year (self->figure);
  g_return_if_fail (year >= first_year && year <= ond_figure_get_last_year (self->figure));

  adw_combo_row_set_selected (self->year_row, (guint) (year - first_year));
}
