/* ond-partner-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a partner. Every rule (a name and a short name that no other partner has,
 * apart from case and accents; a kind of the vocabulary) is the store's: its refusal goes
 * below the field its OND_PLAN_ERROR code names, any other refusal above the form.
 *
 * A new partner has Cancel and Add: Add writes it and closes the form. The form of a
 * partner that exists has neither: each change is saved by itself (OndAutoSave), a choice at
 * once and typed text after a pause, and what waits is saved when the form closes (also
 * with the main window). A refused change writes nothing: the partner keeps its last saved
 * state, and the message shows below the field without taking the keyboard from where the
 * user types.
 *
 * Each change is saved against the baseline: the partner as the form read it, or as the form
 * last saved it (with the row version that save gave it; ond-store-migration-10.c). When
 * someone else changed the partner in between, nothing is written and the conflict dialog
 * every edit form shares shows what changed: the user goes back to the form, keeps their
 * version (the form is filled in from the partner as it is now), or saves the form over it. */

#define G_LOG_DOMAIN "ond-partner-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-auto-save.h"
#include "ond-case-choices.h"
#include "ond-case-conflict-dialog.h"
#include "ond-form-field.h"
#include "ond-partner-editor.h"
#include "ond-store-partner-conflict.h"
#include "ond-store-vocabulary.h"

struct _OndPartnerEditor
{
  AdwWindow            parent_instance;

  AdwHeaderBar        *header_bar;
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *add_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  OndFormField         name;
  OndFormField         short_name;
  OndFormField         kind;
  GtkSwitch           *regiegroep;
  OndFormField         contact_role;

  GPtrArray           *kinds;   /* OndVocabularyEntry of partner_kind */

  OndStore            *store;
  OndPartner          *partner;
  OndAutoSave         *auto_save;   /* a partner that exists only */
  /* A partner that exists: as last read or saved by this form, with its row version; its
   * own object, as the list updates the partner it shows (ond_partner_update ()). */
  OndPartner          *baseline;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PARTNER,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndPartnerEditor, ond_partner_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_general_error (OndPartnerEditor *self,
                    const char       *message)
{
  gtk_label_set_label (self->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void
clear_errors (OndPartnerEditor *self)
{
  ond_form_field_clear (&self->name);
  ond_form_field_clear (&self->short_name);
  ond_form_field_clear (&self->kind);
  ond_form_field_clear (&self->contact_role);
  show_general_error (self, NULL);
}

/* Below the field the code names; anything else above the form. */
static void
show_refusal (OndPartnerEditor *self,
              const GError     *error)
{
  OndFormField *field = NULL;

  if (error->domain == OND_PLAN_ERROR)
    switch ((OndPlanError) error->code)
      {
      case OND_PLAN_ERROR_NAME:
        field = &self->name;
        break;
      case OND_PLAN_ERROR_SHORT_NAME:
        field = &self->short_name;
        break;
      case OND_PLAN_ERROR_KIND:
        field = &self->kind;
        break;
      default:
        break;
      }
  if (field != NULL && self->auto_save != NULL)
    ond_form_field_show_message (field, error->message);
  else if (field != NULL)
    /* Add was pressed: the keyboard goes to what is wrong. */
    ond_form_field_show_error (field, error->message);
  else
    show_general_error (self, error->message);
}

static const char *
text_of (OndFormField *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field->field));
}

/* The partner as saved or read: what the next save is checked against. Only the fields the
 * form holds, retired and the id count. */
static OndPartner *
saved_partner (gint64                   id,
               gint64                   row_version,
               const OndPartnerFields  *fields,
               gboolean                 retired)
{
  OndPartner *partner = ond_partner_new (id, fields->name, fields->short_name, fields->kind,
                                         NULL, fields->regiegroep, fields->contact_role,
                                         retired, 0);

  ond_partner_set_row_version (partner, row_version);
  return partner;
}

static OndPartner *
copy_partner (OndPartner *partner)
{
  OndPartnerFields fields = { ond_partner_get_name (partner),
                              ond_partner_get_short_name (partner),
                              ond_partner_get_kind (partner),
                              ond_partner_get_regiegroep (partner),
                              ond_partner_get_contact_role (partner) };

  return saved_partner (ond_partner_get_id (partner), ond_partner_get_row_version (partner),
                        &fields, ond_partner_get_retired (partner));
}

static void watch_fields (OndPartnerEditor *self);

/* Fills the fields in from @partner, as it is now. */
static void
fill_fields (OndPartnerEditor *self,
             OndPartner       *partner)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name.field), ond_partner_get_name (partner));
  gtk_editable_set_text (GTK_EDITABLE (self->short_name.field),
                         ond_partner_get_short_name (partner));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind.field),
                              ond_case_choices_find (self->kinds,
                                                     ond_partner_get_kind (partner)));
  gtk_switch_set_active (self->regiegroep, ond_partner_get_regiegroep (partner));
  gtk_editable_set_text (GTK_EDITABLE (self->contact_role.field),
                         ond_partner_get_contact_role (partner));
}

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (form);

  if (self->auto_save == NULL)
    return;
  g_clear_object (&self->baseline);
  self->baseline = copy_partner (current);
  if (overwrite)
    {
      /* The form as it is, saved over the version just read. */
      ond_auto_save_changed (self->auto_save, 0);
      return;
    }
  /* Their version: filling the form in is no change of the user's, so nothing watches the
   * fields meanwhile. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  fill_fields (self, current);
  show_general_error (self, NULL);
  watch_fields (self);
}

/* Someone else changed the partner after the form read it: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndPartnerEditor        *self,
               const OndPartnerFields  *fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPartner) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Partner"),
    _("The partner was changed after you opened it, so your last change has not been saved. "
      "This is what changed:"),
    _("The partner was changed after you opened it, but not in the fields of this form. "
      "Your last change has not been saved."),
  };

  current = ond_store_get_partner (self->store, ond_partner_get_id (self->baseline), &error);
  if (current != NULL)
    changes = ond_store_compare_partner_edit (self->store, self->baseline, fields, current,
                                              &error);
  if (changes == NULL)
    {
      /* Gone (deleted by someone else) or not readable: say so above the form. */
      show_general_error (self, error->message);
      return;
    }
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

/* Saves the form of a partner that exists against the baseline. Returns its id, or 0. */
static gint64
save_edit (OndPartnerEditor        *self,
           const OndPartnerFields  *fields,
           GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = ond_partner_get_id (self->baseline);
  gint64 row_version = ond_partner_get_row_version (self->baseline);
  OndPartner *saved;

  if (!ond_store_save_partner_edit (self->store, id, &row_version, fields, &local_error))
    {
      /* Not while the window goes: its dialog would have no form to go back to. */
      if (g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT)
          && !gtk_widget_in_destruction (GTK_WIDGET (self)))
        show_conflict (self, fields);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  saved = saved_partner (id, row_version, fields, ond_partner_get_retired (self->baseline));
  g_clear_object (&self->baseline);
  self->baseline = saved;
  return id;
}

/* Hands every field to the store in one call: adds the partner or changes it. Returns its
 * id, or 0 when the store refused (then the form says why). */
static gint64
write_form (gpointer form)
{
  OndPartnerEditor *self = form;
  g_autoptr(GError) error = NULL;
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind.field));
  OndPartnerFields fields = { text_of (&self->name), text_of (&self->short_name),
                              ond_case_choices_code (self->kinds, kind),
                              gtk_switch_get_active (self->regiegroep),
                              text_of (&self->contact_role) };
  gint64 id;

  clear_errors (self);
  if (self->partner != NULL)
    id = save_edit (self, &fields, &error);
  else
    id = ond_store_add_partner (self->store, &fields, &error);

  if (id == 0)
    {
      g_message ("The partner was not saved: %s", error->message);
      /* A conflict is answered by its own dialog. */
      if (!g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_refusal (self, error);
    }
  return id;
}

static void
watch_fields (OndPartnerEditor *self)
{
  g_return_if_fail (self->auto_save == NULL);

  self->auto_save = ond_auto_save_new (GTK_WINDOW (self), write_form, self->name.field,
                                       self->short_name.field, self->kind.field,
                                       self->regiegroep, self->contact_role.field, NULL);
}

/* Add, for a new partner: the form closes once the store took it. */
static void
on_add_clicked_cb (OndPartnerEditor *self,
                   GtkButton        *button)
{
  if (self->partner == NULL && ond_form_save (GTK_WINDOW (self), write_form))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Fills the form. Returns FALSE when the kinds could not be read: then the form could not
 * give the partner's own kind back. */
static gboolean
build_form (OndPartnerEditor *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GError) error = NULL;
  /* Enter adds a new partner; for a partner that exists it saves at once. */
  gboolean is_new = self->partner == NULL;
  GtkWidget *row;
  guint kind;

  ond_form_field_add_entry (self->group, &self->name, _("Name"),
                            is_new ? NULL : ond_partner_get_name (self->partner), is_new);
  ond_form_field_add_entry (self->group, &self->short_name, _("Short name"),
                            is_new ? NULL : ond_partner_get_short_name (self->partner), is_new);

  self->kinds = ond_store_list_vocabulary (self->store, "partner_kind", &error);
  if (self->kinds == NULL)
    show_general_error (self, error->message);
  kinds = ond_case_choices_model (self->kinds, NULL);
  kind = is_new ? 0 : ond_case_choices_find (self->kinds, ond_partner_get_kind (self->partner));
  ond_form_field_add_combo (self->group, &self->kind, _("Kind"), kinds, kind);

  self->regiegroep = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->regiegroep), GTK_ALIGN_CENTER);
  gtk_switch_set_active (self->regiegroep,
                         !is_new && ond_partner_get_regiegroep (self->partner));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Member of the regiegroep"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("The steering group that meets every six weeks"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->regiegroep));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->regiegroep));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->regiegroep),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Member of the regiegroep"),
                                  -1);
  ond_form_field_add (self->group, row, NULL);

  ond_form_field_add_entry (self->group, &self->contact_role, _("Contact role (optional)"),
                            is_new ? NULL : ond_partner_get_contact_role (self->partner),
                            is_new);
  return self->kinds != NULL;
}

static void
ond_partner_editor_constructed (GObject *object)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (object);

  G_OBJECT_CLASS (ond_partner_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);
  ond_form_set_up_header (GTK_WINDOW (self), self->header_bar, self->window_title,
                          self->cancel_button, self->add_button,
                          self->partner == NULL ? _("New Partner") : _("Edit Partner"),
                          self->partner != NULL);
  if (self->partner == NULL)
    build_form (self);
  else if (build_form (self))
    {
      /* A partner that exists: each change of a field is saved by itself. */
      self->baseline = copy_partner (self->partner);
      watch_fields (self);
    }
  else
    /* A save would lose the partner's kind, which could not be read. */
    gtk_widget_set_sensitive (GTK_WIDGET (self->group), FALSE);
  ond_form_field_focus_end (self->name.field);
}

static void
ond_partner_editor_dispose (GObject *object)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (object);

  /* Saves what waits, while the fields are still there to read. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_PARTNER_EDITOR);

  G_OBJECT_CLASS (ond_partner_editor_parent_class)->dispose (object);
}

static void
ond_partner_editor_finalize (GObject *object)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (object);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->baseline);
  g_clear_object (&self->partner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_partner_editor_parent_class)->finalize (object);
}

static void
ond_partner_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndPartnerEditor *self = OND_PARTNER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PARTNER:
      self->partner = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_editor_class_init (OndPartnerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_partner_editor_constructed;
  object_class->dispose = ond_partner_editor_dispose;
  object_class->finalize = ond_partner_editor_finalize;
  object_class->get_property = ond_partner_editor_get_property;
  object_class->set_property = ond_partner_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                         OND_TYPE_PARTNER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndPartnerEditor::saved:
   * @self: the form
   * @id: the id of the partner added or changed
   *
   * The store accepted the form. The form of a new partner closes right after; the form of
   * a partner that exists stays open (each change is saved, and emits this, by itself).
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-partner-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerEditor, group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_partner_editor_init (OndPartnerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_partner_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @partner: (nullable): the partner to change, or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndPartnerEditor *
ond_partner_editor_new (GtkWindow  *parent,
                        OndStore   *store,
                        OndPartner *partner)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (partner == NULL || OND_IS_PARTNER (partner), NULL);

  return g_object_new (OND_TYPE_PARTNER_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "partner", partner,
                       NULL);
}

/**
 * ond_partner_editor_get_partner:
 * @self: an #OndPartnerEditor
 *
 * Returns: (transfer none) (nullable): the partner changed, or %NULL for a new one
 */
OndPartner *
ond_partner_editor_get_partner (OndPartnerEditor *self)
{
  g_return_val_if_fail (OND_IS_PARTNER_EDITOR (self), NULL);

  return self->partner;
}
