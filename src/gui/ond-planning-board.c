/* ond-planning-board.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The planning board. For each year shown (the one chosen, or every year of the plan) a
 * grid of four quarter columns; a row goes where its period falls (period_get_quarters): one
 * quarter in that column, Q3+4 across the Q3 and Q4 columns and doorlopend across all four,
 * each in a band below the single quarters. A year without rows says so with a status page.
 * The board is laid out again whenever its model changes (the planning is small: tens of
 * rows a year). The cards are narrow enough for the four columns to fit beside the sidebar at
 * the window's default size; a narrower window scrolls sideways. */

#define G_LOG_DOMAIN "ond-planning-board"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-plan-item.h"
#include "ond-planning-board.h"
#include "ond-planning-view-private.h"

/* The columns of a year: Q1 to Q4. */
#define N_QUARTERS 4

/* The longest status a card shows whole, in characters. */
#define STATUS_CHARS 10

struct _OndPlanningBoard
{
  AdwBin      parent_instance;

  GtkBox     *years_box;

  GListModel *model;
  OndPlan    *plan;
  int         year;
  GPtrArray  *statuses;
  GDateTime  *today;
};

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_PLAN,
  PROP_YEAR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPlanningBoard, ond_planning_board, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "use-markup", FALSE,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Regiegroep ondermijning · Drugs": who and theme, whichever there are. */
static char *
describe_owner (OndPlanItem *item)
{
  const char *who = ond_plan_item_get_who (item);
  const char *theme = ond_plan_item_get_theme_name (item);
  gboolean has_who = who != NULL && *who != '\0';
  gboolean has_theme = theme != NULL && *theme != '\0' && g_strcmp0 (theme, who) != 0;

  if (has_who && has_theme)
    /* Translators: who does a planning row, and its theme, on a card of the board. */
    return g_strdup_printf (_("%s · %s"), who, theme);
  if (has_who)
    return g_strdup (who);
  if (has_theme)
    return g_strdup (theme);
  return NULL;
}

static GtkWidget *
new_edit_button (OndPlanItem *item)
{
  gboolean open = ond_plan_item_is_to_be_decided (item);
  g_autofree char *name = NULL;
  GtkWidget *button;

  if (open)
    {
      button = gtk_button_new ();
      ond_form_set_button_label (GTK_BUTTON (button), _("_Fill In…"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      /* Translators: the accessible name of the button of an 'N.t.b.' card, e.g. "Fill in
       * 2024 Q2". */
      name = g_strdup_printf (_("Fill in %d %s"), ond_plan_item_get_year (item),
                              ond_plan_item_get_period_label (item));
    }
  else
    {
      button = gtk_button_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_set_tooltip_text (button, _("Edit"));
      gtk_widget_add_css_class (button, "flat");
      /* Translators: the accessible name of a card's Edit button. */
      name = g_strdup_printf (_("Edit “%s”"), ond_plan_item_get_what (item));
    }
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", ond_plan_item_get_id (item));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "planning.edit-row");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

/* The label inside @widget that shows @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label (child, text);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* The status drop-down of a card. A status of more than STATUS_CHARS characters (those of
 * work_status are shorter) may ellipsize down to that many, so that it cannot widen the quarter
 * columns; the accessible name and the label's tooltip keep it whole. The label is the one
 * the menu button made, so that the button keeps its label and the name GTK gives it. */
static GtkWidget *
new_status_button (OndPlanningBoard *self,
                   OndPlanItem      *item)
{
  const char *text = ond_plan_item_get_status_label (item);
  GtkWidget *button = _ond_planning_status_button_new ();
  GtkWidget *label;

  _ond_planning_status_button_bind (button, item, self->statuses);
  gtk_widget_set_hexpand (button, TRUE);
  label = text != NULL && g_utf8_strlen (text, -1) > STATUS_CHARS ? find_label (button, text) :
                                                                     NULL;
  if (label != NULL)
    g_object_set (label,
                  "ellipsize", PANGO_ELLIPSIZE_END,
                  "width-chars", STATUS_CHARS,
                  "tooltip-text", text,
                  NULL);
  return button;
}

/* A card: what, who and theme, what needs attention, the status and the Edit button. Every
 * column is as wide as the widest card needs, so a card stays narrow: its text wraps, and on a
 * card still to be decided the 'Fill In…' button goes below the status, not beside it. */
static GtkWidget *
new_card (OndPlanningBoard *self,
          OndPlanItem      *item)
{
  g_autofree char *owner = describe_owner (item);
  GtkWidget *frame;
  GtkWidget *card;
  GtkWidget *footer;
  GtkWidget *flags;

  frame = g_object_new (GTK_TYPE_BOX,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                        NULL);
  gtk_widget_add_css_class (frame, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (frame),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ond_plan_item_get_what (item),
                                  -1);
  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 6,
                       "margin-top", 10,
                       "margin-bottom", 6,
                       "margin-start", 12,
                       "margin-end", 6,
                       NULL);
  gtk_box_append (GTK_BOX (frame), card);

  gtk_box_append (GTK_BOX (card), new_label (ond_plan_item_get_what (item), "heading"));
  if (owner != NULL)
    {
      GtkWidget *label = new_label (owner, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (card), label);
    }

  flags = _ond_planning_flags_new (FALSE);
  _ond_planning_flags_bind (flags, item, self->today);
  gtk_box_append (GTK_BOX (card), flags);

  footer = gtk_box_new (ond_plan_item_is_to_be_decided (item) ? GTK_ORIENTATION_VERTICAL :
                        GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (footer), new_status_button (self, item));
  gtk_box_append (GTK_BOX (footer), new_edit_button (item));
  gtk_box_append (GTK_BOX (card), footer);
  return frame;
}

/* Cards laid out @per_line to a line (a band across @per_line quarters). */
static GtkWidget *
new_band (const char *caption,
          GPtrArray  *cards,
          int         per_line)
{
  GtkWidget *band = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < cards->len; i++)
    gtk_grid_attach (GTK_GRID (grid), g_ptr_array_index (cards, i),
                     (int) i % per_line, (int) i / per_line, 1, 1);
  gtk_box_append (GTK_BOX (band), new_label (caption, "heading"));
  gtk_box_append (GTK_BOX (band), grid);
  return band;
}

static GtkWidget *
new_empty_year (int year)
{
  g_autofree char *title = NULL;
  GtkWidget *page;

  /* Translators: the board of a year that has no planning rows, e.g. "No Planning in 2025". */
  title = g_strdup_printf (_("No Planning in %d"), year);
  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Nothing shown is planned in this year. Add a row, or "
                                     "clear the search."));
  gtk_widget_add_css_class (page, "compact");
  return page;
}

/* The cards of one year, by where they fall. */
typedef struct
{
  GPtrArray *quarters[N_QUARTERS];
  GPtrArray *second_half;   /* Q3+4 */
  GPtrArray *whole_year;    /* doorlopend */
} YearCards;

static void
year_cards_clear (YearCards *cards)
{
  for (guint q = 0; q < N_QUARTERS; q++)
    g_clear_pointer (&cards->quarters[q], g_ptr_array_unref);
  g_clear_pointer (&cards->second_half, g_ptr_array_unref);
  g_clear_pointer (&cards->whole_year, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (YearCards, year_cards_clear)

/* Makes a card for each row of @year, by where its period falls. Returns their number. */
static guint
make_cards (OndPlanningBoard *self,
            int               year,
            YearCards        *cards)
{
  guint n_cards = 0;

  for (guint q = 0; q < N_QUARTERS; q++)
    cards->quarters[q] = g_ptr_array_new ();
  cards->second_half = g_ptr_array_new ();
  cards->whole_year = g_ptr_array_new ();

  for (guint i = 0; self->model != NULL && i < g_list_model_get_n_items (self->model); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (self->model, i);
      int first, last;

      if (ond_plan_item_get_year (item) != year
          || !ond_plan_period_get_quarters (ond_plan_item_get_period (item), &first, &last))
        continue;
      if (first == last)
        g_ptr_array_add (cards->quarters[first - 1], new_card (self, item));
      else if (first == 1 && last == N_QUARTERS)
        g_ptr_array_add (cards->whole_year, new_card (self, item));
      else
        g_ptr_array_add (cards->second_half, new_card (self, item));
      n_cards++;
    }
  return n_cards;
}

/* The section of one year: its heading and its quarters, or its status page. */
static GtkWidget *
new_year (OndPlanningBoard *self,
          int               year)
{
  g_auto(YearCards) cards = { { NULL, }, NULL, NULL };
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid;
  GtkWidget *heading;
  char text[16];

  g_snprintf (text, sizeof text, "%d", year);
  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", text,
                          "xalign", 0.0f,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_box_append (GTK_BOX (section), heading);

  if (make_cards (self, year, &cards) == 0)
    {
      gtk_box_append (GTK_BOX (section), new_empty_year (year));
      return section;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 18);
  for (guint q = 0; q < N_QUARTERS; q++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      g_snprintf (text, sizeof text, "Q%u", q + 1);
      gtk_box_append (GTK_BOX (column), new_label (text, "heading"));
      for (guint i = 0; i < cards.quarters[q]->len; i++)
        gtk_box_append (GTK_BOX (column), g_ptr_array_index (cards.quarters[q], i));
      if (cards.quarters[q]->len == 0)
        {
          GtkWidget *none = new_label (_("Nothing planned"), "dim-label");

          gtk_box_append (GTK_BOX (column), none);
        }
      gtk_grid_attach (GTK_GRID (grid), column, (int) q, 0, 1, 1);
    }
  if (cards.second_half->len > 0)
    gtk_grid_attach (GTK_GRID (grid),
                     new_band (_("Q3+4: the third and fourth quarter"), cards.second_half, 2),
                     2, 1, 2, 1);
  if (cards.whole_year->len > 0)
    gtk_grid_attach (GTK_GRID (grid),
                     new_band (_("Doorlopend: the whole year"), cards.whole_year, N_QUARTERS),
                     0, 2, N_QUARTERS, 1);
  gtk_box_append (GTK_BOX (section), grid);
  return section;
}

static void
rebuild (OndPlanningBoard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->years_box))) != NULL)
    gtk_box_remove (self->years_box, child);
  if (self->plan == NULL)
    return;

  for (int year = ond_plan_get_first_year (self->plan);
       year <= ond_plan_get_last_year (self->plan);
       year++)
    if (self->year == 0 || self->year == year)
      gtk_box_append (self->years_box, new_year (self, year));
}

static void
on_items_changed_cb (OndPlanningBoard *self,
                     guint             position,
                     guint             removed,
                     guint             added,
                     GListModel       *model)
{
  rebuild (self);
}

static void
ond_planning_board_dispose (GObject *object)
{
  OndPlanningBoard *self = OND_PLANNING_BOARD (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PLANNING_BOARD);

  G_OBJECT_CLASS (ond_planning_board_parent_class)->dispose (object);
}

static void
ond_planning_board_finalize (GObject *object)
{
  OndPlanningBoard *self = OND_PLANNING_BOARD (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_date_time_unref);

  G_OBJECT_CLASS (ond_planning_board_parent_class)->finalize (object);
}

static void
ond_planning_board_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndPlanningBoard *self = OND_PLANNING_BOARD (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_planning_board_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndPlanningBoard *self = OND_PLANNING_BOARD (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      ond_planning_board_set_model (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_planning_board_set_plan (self, g_value_get_object (value));
      break;

    case PROP_YEAR:
      ond_planning_board_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_planning_board_class_init (OndPlanningBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_planning_board_dispose;
  object_class->finalize = ond_planning_board_finalize;
  object_class->get_property = ond_planning_board_get_property;
  object_class->set_property = ond_planning_board_set_property;

  /* The rows shown: a #GListModel of #OndPlanItem. */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The plan, whose years the board has. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The year shown; 0 for every year of the plan. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-planning-board.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPlanningBoard, years_box);
}

static void
ond_planning_board_init (OndPlanningBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ond_planning_board_new (void)
{
  return g_object_new (OND_TYPE_PLANNING_BOARD, NULL);
}

/**
 * ond_planning_board_get_model:
 * @self: an #OndPlanningBoard
 *
 * Returns: (transfer none) (nullable): the rows shown
 */
GListModel *
ond_planning_board_get_model (OndPlanningBoard *self)
{
  g_return_val_if_fail (OND_IS_PLANNING_BOARD (self), NULL);

  return self->model;
}

void
ond_planning_board_set_model (OndPlanningBoard *self,
                              GListModel       *model)
{
  g_return_if_fail (OND_IS_PLANNING_BOARD (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                             G_CONNECT_SWAPPED);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * ond_planning_board_get_plan:
 * @self: an #OndPlanningBoard
 *
 * Returns: (transfer none) (nullable): the plan whose years are shown
 */
OndPlan *
ond_planning_board_get_plan (OndPlanningBoard *self)
{
  g_return_val_if_fail (OND_IS_PLANNING_BOARD (self), NULL);

  return self->plan;
}

void
ond_planning_board_set_plan (OndPlanningBoard *self,
                             OndPlan          *plan)
{
  g_return_if_fail (OND_IS_PLANNING_BOARD (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

int
ond_planning_board_get_year (OndPlanningBoard *self)
{
  g_return_val_if_fail (OND_IS_PLANNING_BOARD (self), 0);

  return self->year;
}

void
ond_planning_board_set_year (OndPlanningBoard *self,
                             int               year)
{
  g_return_if_fail (OND_IS_PLANNING_BOARD (self));

  if (self->year == year)
    return;

  self->year = year;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * ond_planning_board_set_statuses:
 * @self: an #OndPlanningBoard
 * @statuses: (nullable) (element-type OndVocabularyEntry): the statuses of work_status
 * @today: (nullable): the day that decides which rows are overdue
 *
 * Keeps a reference to both and lays the board out again.
 */
void
ond_planning_board_set_statuses (OndPlanningBoard *self,
                                 GPtrArray        *statuses,
                                 GDateTime        *today)
{
  g_return_if_fail (OND_IS_PLANNING_BOARD (self));

  if (statuses != NULL)
    g_ptr_array_ref (statuses);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  self->statuses = statuses;
  if (today != NULL)
    g_date_time_ref (today);
  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = today;
  rebuild (self);
}
