/* kill-child.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The process that test-kill.c kills with SIGKILL. It opens a database through the store,
 * as the application does, and works on it until it is killed:
 *
 *   kill-child plan   DATABASE SEED N_EDITS   plan edits: actions, planning rows, partners
 *   kill-child cases  DATABASE SEED N_EDITS   case edits: intake, weighing, workflow,
 *                                             interventions, follow-up, closing, reopening
 *   kill-child import DATABASE SEED CSV       one large bookings import
 *
 * It tells the test on standard output (a pipe) what it does, each line with one write(2)
 * shorter than PIPE_BUF: a line is never torn, and what was written is in the pipe even
 * when the process is killed the next instant. Fields are separated by tabs:
 *
 *   ready                           the store is open
 *   try KEY STATE [KEY STATE...]    a store call is about to be made; when it has been made,
 *                                   each record KEY reads STATE ("action:new": the action
 *                                   that an add makes, whose id is not known yet)
 *   ok KEY STATE [KEY STATE...]     the call returned success: the edit is confirmed
 *   progress N                      the import wrote N rows (inside its transaction)
 *   done                            every edit was made; the process waits to be killed
 *   fail MESSAGE                    a call failed (the test fails)
 *
 * A STATE is "name=value|name=value..." with each value escaped by g_strescape(), the names
 * and order of test-kill.c's queries, which read the same records from the file with plain
 * SQLite after the kill. What the child expects comes from what it asked the store to
 * write, never from reading it back. The edits are chosen by a GRand seeded with SEED. */

#define G_LOG_DOMAIN "ond-kill-child"

#include "config.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "ond-booking-import.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan.h"
#include "ond-store-actions.h"
#include "ond-store-cases.h"
#include "ond-store-partners.h"
#include "ond-store-plan-items.h"
#include "test-case-util.h"

static const char * const work_statuses[] = {
  "gepland", "lopend", "gereed", "uitgesteld", "vervallen",
};
static const char * const periods[] = { "Q1", "Q2", "Q3", "Q4", "Q3+4", "doorlopend" };
static const char * const partner_kinds[] = { "gemeentelijk", "extern", "riec" };
static const char * const complexities[] = { "laag", "midden", "hoog" };
static const char * const outcomes[] = { "effectief", "deels", "niet_effectief" };
static const char * const intervention_statuses[] = {
  "gepland", "lopend", "gereed", "geannuleerd",
};

static GRand *rng;
static guint  seq;

#define PICK(array) ((array)[g_rand_int_range (rng, 0, G_N_ELEMENTS (array))])

static void say (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* One line to the test, in one write(2). */
static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize length;
  gsize done = 0;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  length = strlen (line);
  if (length >= PIPE_BUF)
    g_error ("A line for the test is too long (%" G_GSIZE_FORMAT " bytes)", length);
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        _exit (3);
      done += n;
    }
}

static void G_GNUC_NORETURN
fail (const char *what,
      GError     *error)
{
  say ("fail\t%s: %s\n", what, error != NULL ? error->message : "(no error)");
  _exit (1);
}

static void G_GNUC_NORETURN
wait_for_the_kill (void)
{
  say ("done\n");
  for (;;)
    pause ();
}

/* A state: name=value pairs, values escaped (test-kill.c renders a row the same way). */
static void
field (GString    *state,
       const char *name,
       const char *value)
{
  g_autofree char *escaped = g_strescape (value != NULL ? value : "", NULL);

  if (state->len > 0)
    g_string_append_c (state, '|');
  g_string_append_printf (state, "%s=%s", name, escaped);
}

static void
field_int (GString    *state,
           const char *name,
           gint64      value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  field (state, name, text);
}

/* ---- plan edits ---------------------------------------------------------------------- */

typedef struct
{
  gint64  id;
  gint64  pillar_id;
  gint64  theme_id;
  char   *heading;
  char   *text;
  char   *status;
  gint64  owner_id;
  GArray *items;       /* gint64, ascending */
} Action;

typedef struct
{
  gint64    id;
  int       year;
  char     *period;
  char     *what;
  char     *who;
  gint64    theme_id;
  char     *status;
  gboolean  recurring;
} Item;

typedef struct
{
  gint64    id;
  char     *base_name;
  char     *base_short;
  char     *name;
  char     *short_name;
  char     *kind;
  gboolean  regiegroep;
  char     *role;
  gboolean  retired;
} Partner;

typedef struct
{
  OndStore  *store;
  OndPlan   *plan;
  GPtrArray *actions;    /* Action * */
  GPtrArray *items;      /* Item * */
  GPtrArray *partners;   /* Partner * */
} Plan;

static char *
action_state (gint64      pillar_id,
              gint64      theme_id,
              const char *heading,
              const char *text,
              const char *status,
              gint64      owner_id,
              GArray     *items)
{
  GString *state = g_string_new (NULL);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (items, gint64, i));
  field_int (state, "pillar", pillar_id);
  field_int (state, "theme", theme_id);
  field (state, "heading", heading);
  field (state, "text", text);
  field (state, "status", status);
  field_int (state, "owner", owner_id);
  field (state, "items", ids->str);
  g_string_free (ids, TRUE);
  return g_string_free (state, FALSE);
}

static char *
item_state (Item *item)
{
  GString *state = g_string_new (NULL);

  field_int (state, "year", item->year);
  field (state, "period", item->period);
  field (state, "what", item->what);
  field (state, "who", item->who);
  field_int (state, "theme", item->theme_id);
  field (state, "status", item->status);
  field_int (state, "recurring", item->recurring);
  return g_string_free (state, FALSE);
}

static char *
partner_state (Partner *partner)
{
  GString *state = g_string_new (NULL);

  field (state, "name", partner->name);
  field (state, "short", partner->short_name);
  field (state, "kind", partner->kind);
  field_int (state, "regie", partner->regiegroep);
  field (state, "role", partner->role);
  field_int (state, "retired", partner->retired);
  return g_string_free (state, FALSE);
}

static gint
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
load_plan (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) partners = NULL;
  gint64 plan_id;

  p->plan = ond_store_dup_current_plan (p->store, &error);
  if (p->plan == NULL)
    fail ("current plan", error);
  plan_id = ond_plan_get_id (p->plan);
  actions = ond_store_list_actions (p->store, plan_id, &error);
  items = ond_store_list_plan_items (p->store, plan_id, &error);
  partners = ond_store_list_partners (p->store, &error);
  if (actions == NULL || items == NULL || partners == NULL)
    fail ("lists", error);

  p->actions = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) listed = g_list_model_get_item (actions, i);
      g_autoptr(OndAction) full = ond_store_dup_action (p->store, ond_action_get_id (listed),
                                                        &error);
      Action *a = g_new0 (Action, 1);
      const gint64 *ids;
      guint n;

      if (full == NULL)
        fail ("dup action", error);
      ids = ond_action_get_plan_item_ids (full, &n);
      a->id = ond_action_get_id (full);
      a->pillar_id = ond_action_get_pillar_id (full);
      a->theme_id = ond_action_get_theme_id (full);
      a->heading = g_strdup (ond_action_get_group_heading (full));
      a->text = g_strdup (ond_action_get_text (full));
      a->status = g_strdup (ond_action_get_status (full));
      a->owner_id = ond_action_get_owner_id (full);
      a->items = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_vals (a->items, ids, n);
      g_array_sort (a->items, compare_ids);
      g_ptr_array_add (p->actions, a);
    }

  p->items = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) listed = g_list_model_get_item (items, i);
      Item *item = g_new0 (Item, 1);

      item->id = ond_plan_item_get_id (listed);
      item->year = ond_plan_item_get_year (listed);
      item->period = g_strdup (ond_plan_item_get_period (listed));
      item->what = g_strdup (ond_plan_item_get_what (listed));
      item->who = g_strdup (ond_plan_item_get_who (listed));
      item->theme_id = ond_plan_item_get_theme_id (listed);
      item->status = g_strdup (ond_plan_item_get_status (listed));
      item->recurring = ond_plan_item_get_recurring (listed);
      g_ptr_array_add (p->items, item);
    }

  p->partners = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) listed = g_list_model_get_item (partners, i);
      Partner *partner;

      if (ond_partner_get_retired (listed))
        continue;
      partner = g_new0 (Partner, 1);
      partner->id = ond_partner_get_id (listed);
      partner->base_name = g_strdup (ond_partner_get_name (listed));
      partner->base_short = g_strdup (ond_partner_get_short_name (listed));
      partner->name = g_strdup (partner->base_name);
      partner->short_name = g_strdup (partner->base_short);
      partner->kind = g_strdup (ond_partner_get_kind (listed));
      partner->regiegroep = ond_partner_get_regiegroep (listed);
      partner->role = g_strdup (ond_partner_get_contact_role (listed));
      partner->retired = FALSE;
      g_ptr_array_add (p->partners, partner);
    }
  if (p->actions->len == 0 || p->items->len == 0 || p->partners->len == 0)
    fail ("the seeded plan has no actions, planning rows or partners", NULL);
}

static gpointer
pick (GPtrArray *array)
{
  return g_ptr_array_index (array, g_rand_int_range (rng, 0, array->len));
}

static gint64
pick_owner (Plan *p)
{
  if (g_rand_int_range (rng, 0, 4) == 0)
    return 0;
  return ((Partner *) pick (p->partners))->id;
}

/* Changes an action's text, status and owner, and sometimes links or unlinks a planning
 * row: one call, so all of it is written or none. */
static void
edit_action (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = NULL;
  g_autofree char *text = g_strdup_printf ("Actie %u: %s", seq,
                                           g_rand_boolean (rng) ? "bijgewerkt" : "herzien");
  g_autofree char *state = NULL;
  Action *a = pick (p->actions);
  const char *status = PICK (work_statuses);
  gint64 owner = pick_owner (p);
  OndActionFields fields = { 0 };

  items = g_array_copy (a->items);
  if (g_rand_int_range (rng, 0, 3) == 0)
    {
      gint64 item = ((Item *) pick (p->items))->id;
      guint found = G_MAXUINT;

      for (guint i = 0; i < items->len; i++)
        if (g_array_index (items, gint64, i) == item)
          found = i;
      if (found != G_MAXUINT)
        g_array_remove_index (items, found);
      else
        g_array_append_val (items, item);
      g_array_sort (items, compare_ids);
    }

  state = action_state (a->pillar_id, a->theme_id, a->heading, text, status, owner, items);
  say ("try\taction:%" G_GINT64_FORMAT "\t%s\n", a->id, state);
  fields.pillar_id = a->pillar_id;
  fields.theme_id = a->theme_id;
  fields.group_heading = a->heading;
  fields.text = text;
  fields.status = status;
  fields.owner_id = owner;
  fields.plan_item_ids = (const gint64 *) items->data;
  fields.n_plan_items = items->len;
  if (!ond_store_update_action (p->store, a->id, &fields, &error))
    fail ("update action", error);
  g_free (a->text);
  a->text = g_steal_pointer (&text);
  g_free (a->status);
  a->status = g_strdup (status);
  a->owner_id = owner;
  g_array_unref (a->items);
  a->items = g_steal_pointer (&items);
  say ("ok\taction:%" G_GINT64_FORMAT "\t%s\n", a->id, state);
}

static void
set_action_status (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  Action *a = pick (p->actions);
  const char *status = PICK (work_statuses);

  state = action_state (a->pillar_id, a->theme_id, a->heading, a->text, status, a->owner_id,
                        a->items);
  say ("try\taction:%" G_GINT64_FORMAT "\t%s\n", a->id, state);
  if (!ond_store_set_action_status (p->store, a->id, status, &error))
    fail ("set action status", error);
  g_free (a->status);
  a->status = g_strdup (status);
  say ("ok\taction:%" G_GINT64_FORMAT "\t%s\n", a->id, state);
}

/* A new action at the end of the group of an existing one. */
static void
add_action (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  Action *like = pick (p->actions);
  Action *a = g_new0 (Action, 1);
  OndActionFields fields = { 0 };

  a->pillar_id = like->pillar_id;
  a->theme_id = like->theme_id;
  a->heading = g_strdup (like->heading);
  a->text = g_strdup_printf ("Nieuwe actie %u", seq);
  a->status = g_strdup (PICK (work_statuses));
  a->owner_id = pick_owner (p);
  a->items = g_array_new (FALSE, FALSE, sizeof (gint64));
  state = action_state (a->pillar_id, a->theme_id, a->heading, a->text, a->status,
                        a->owner_id, a->items);
  say ("try\taction:new\t%s\n", state);
  fields.pillar_id = a->pillar_id;
  fields.theme_id = a->theme_id;
  fields.group_heading = a->heading;
  fields.text = a->text;
  fields.status = a->status;
  fields.owner_id = a->owner_id;
  a->id = ond_store_add_action (p->store, ond_plan_get_id (p->plan), &fields, &error);
  if (a->id == 0)
    fail ("add action", error);
  g_ptr_array_add (p->actions, a);
  say ("ok\taction:%" G_GINT64_FORMAT "\t%s\n", a->id, state);
}

/* Fills or moves a planning row: an 'N.t.b.' row gets its text, any row a year, period,
 * who and status. */
static void
edit_item (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  Item *item = pick (p->items);
  Item next = *item;

  next.year = g_rand_int_range (rng, ond_plan_get_first_year (p->plan),
                                ond_plan_get_last_year (p->plan) + 1);
  next.period = (char *) PICK (periods);
  next.what = g_strcmp0 (item->what, "N.t.b.") == 0 || g_rand_boolean (rng)
              ? g_strdup_printf ("Ingevuld %u", seq) : g_strdup (item->what);
  next.who = g_strdup_printf ("Regiegroep %u", seq);
  next.status = (char *) PICK (work_statuses);
  state = item_state (&next);
  say ("try\titem:%" G_GINT64_FORMAT "\t%s\n", item->id, state);
  if (!ond_store_update_plan_item (p->store, item->id, next.year, next.period, next.what,
                                   next.who, next.theme_id, next.status, next.recurring,
                                   &error))
    fail ("update plan item", error);
  item->year = next.year;
  g_free (item->period);
  item->period = g_strdup (next.period);
  g_free (item->what);
  item->what = next.what;
  g_free (item->who);
  item->who = next.who;
  g_free (item->status);
  item->status = g_strdup (next.status);
  say ("ok\titem:%" G_GINT64_FORMAT "\t%s\n", item->id, state);
}

static void
set_item_status (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  Item *item = pick (p->items);
  Item next = *item;

  next.status = (char *) PICK (work_statuses);
  state = item_state (&next);
  say ("try\titem:%" G_GINT64_FORMAT "\t%s\n", item->id, state);
  if (!ond_store_set_plan_item_status (p->store, item->id, next.status, &error))
    fail ("set plan item status", error);
  g_free (item->status);
  item->status = g_strdup (next.status);
  say ("ok\titem:%" G_GINT64_FORMAT "\t%s\n", item->id, state);
}

static void
edit_partner (Plan *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  Partner *partner = pick (p->partners);
  Partner next = *partner;
  OndPartnerFields fields;

  next.name = g_strdup_printf ("%s %u", partner->base_name, seq);
  next.short_name = g_strdup_printf ("%s-%u", partner->base_short, seq);
  next.kind = (char *) PICK (partner_kinds);
  next.regiegroep = g_rand_boolean (rng);
  next.role = g_strdup_printf ("Contactpersoon %u", seq);
  state = partner_state (&next);
  say ("try\tpartner:%" G_GINT64_FORMAT "\t%s\n", partner->id, state);
  fields.name = next.name;
  fields.short_name = next.short_name;
  fields.kind = next.kind;
  fields.regiegroep = next.regiegroep;
  fields.contact_role = next.role;
  if (!ond_store_update_partner (p->store, partner->id, &fields, &error))
    fail ("update partner", error);
  g_free (partner->name);
  partner->name = next.name;
  g_free (partner->short_name);
  partner->short_name = next.short_name;
  g_free (partner->kind);
  partner->kind = g_strdup (next.kind);
  partner->regiegroep = next.regiegroep;
  g_free (partner->role);
  partner->role = next.role;
  say ("ok\tpartner:%" G_GINT64_FORMAT "\t%s\n", partner->id, state);
}

static void
run_plan (OndStore *store,
          guint     n_edits)
{
  Plan p = { store, NULL, NULL, NULL, NULL };

  load_plan (&p);
  for (seq = 1; seq <= n_edits; seq++)
    {
      int choice = g_rand_int_range (rng, 0, 100);

      if (choice < 30)
        edit_action (&p);
      else if (choice < 45)
        set_action_status (&p);
      else if (choice < 55)
        add_action (&p);
      else if (choice < 75)
        edit_item (&p);
      else if (choice < 85)
        set_item_status (&p);
      else
        edit_partner (&p);
    }
}

/* ---- case edits ---------------------------------------------------------------------- */

typedef struct
{
  gint64  intervention_id;
  gint64  partner_id;
  char   *planned;
  char   *follow;
  char   *status;
  char   *note;
  gint64  id;
} Ci;

typedef struct
{
  char          *subject;
  gint64         id;
  OndCaseStatus  status;
  OndCaseDraft  *draft;
  char          *follow;
  const char    *outcome;
  gint64         lead;
  int            events;
  int            log;
  GPtrArray     *cis;      /* Ci *, in the order they were added */
} Case;

/* An intervention of the menukaart and a partner that may carry it out. */
typedef struct
{
  gint64 intervention_id;
  gint64 partner_id;
} Pair;

typedef struct
{
  Fixture       f;          /* path, store and today, for the helpers of test-case-util.c */
  OndCaseDraft *draft;      /* a good draft to start new cases from */
  GPtrArray    *cases;      /* Case * */
  GArray       *pairs;      /* Pair */
  GArray       *partners;   /* gint64: partners that can lead a case */
  gint64        riec_id;
} Cases;

static char *
case_state (Case *c)
{
  GString *state = g_string_new (NULL);

  field (state, "status", ond_case_status_to_code (c->status));
  field (state, "summary", c->draft->summary);
  field (state, "address", c->draft->address);
  field (state, "follow", c->follow);
  field (state, "outcome", c->outcome);
  field_int (state, "lead", c->lead);
  field_int (state, "events", c->events);
  field_int (state, "log", c->log);
  return g_string_free (state, FALSE);
}

static char *
ci_state (Ci *ci)
{
  GString *state = g_string_new (NULL);

  field_int (state, "intervention", ci->intervention_id);
  field_int (state, "partner", ci->partner_id);
  field (state, "planned", ci->planned);
  field (state, "follow", ci->follow);
  field (state, "status", ci->status);
  field (state, "note", ci->note);
  return g_string_free (state, FALSE);
}

/* "\tcase:SUBJECT\tSTATE": the pairs of a try or ok line. */
static char *
case_pair (Case *c)
{
  g_autofree char *state = case_state (c);

  return g_strdup_printf ("\tcase:%s\t%s", c->subject, state);
}

static char *
ci_pair (Case *c,
         guint index)
{
  g_autofree char *state = ci_state (g_ptr_array_index (c->cis, index));

  return g_strdup_printf ("\tci:%s#%u\t%s", c->subject, index + 1, state);
}

static void
load_cases (Cases *cs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = ond_store_list_interventions (cs->f.store, &error);
  g_autoptr(GListModel) partners = NULL;

  if (interventions == NULL)
    fail ("interventions", error);
  partners = ond_store_list_partners (cs->f.store, &error);
  if (partners == NULL)
    fail ("partners", error);

  cs->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);
      const gint64 *ids;
      guint n;

      if (ond_intervention_get_retired (intervention))
        continue;
      ids = ond_intervention_get_partner_ids (intervention, &n);
      for (guint j = 0; j < n; j++)
        {
          Pair pair = { ond_intervention_get_id (intervention), ids[j] };

          g_array_append_val (cs->pairs, pair);
        }
    }
  cs->partners = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);

      if (ond_partner_get_retired (partner))
        continue;
      g_array_append_val (cs->partners, id);
    }
  cs->riec_id = partner_id (&cs->f, "RIEC");
  if (cs->pairs->len == 0 || cs->partners->len == 0)
    fail ("the seeded menukaart has no interventions or partners", NULL);
  cs->draft = make_draft (&cs->f, "2025-01-15", "Sjabloon");
  cs->cases = g_ptr_array_new ();
}

static void
create_case (Cases *cs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;
  Case *c = g_new0 (Case, 1);

  c->subject = g_strdup_printf ("Persoon %u", seq);
  c->draft = ond_case_draft_copy (cs->draft);
  g_free (c->draft->subject_name);
  c->draft->subject_name = g_strdup (c->subject);
  g_free (c->draft->summary);
  c->draft->summary = g_strdup_printf ("Melding %u", seq);
  c->status = OND_CASE_STATUS_NEW;
  c->follow = g_strdup ("");
  c->outcome = "";
  c->events = 1;
  c->log = 1;
  c->cis = g_ptr_array_new ();
  pair = case_pair (c);
  say ("try%s\n", pair);
  c->id = ond_store_create_case (cs->f.store, c->draft, cs->f.today, NULL, &error);
  if (c->id == 0)
    fail ("create case", error);
  g_ptr_array_add (cs->cases, c);
  say ("ok%s\n", pair);
}

/* New intake fields: the same draft with another summary and address. */
static void
update_intake (Cases *cs,
               Case  *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) old = c->draft;
  g_autofree char *pair = NULL;

  c->draft = ond_case_draft_copy (old);
  g_free (c->draft->summary);
  c->draft->summary = g_strdup_printf ("Melding %u, aangevuld", seq);
  g_free (c->draft->address);
  c->draft->address = g_strdup_printf ("Voorstraat %u", seq);
  c->log++;
  pair = case_pair (c);
  say ("try%s\n", pair);
  if (!ond_store_update_case (cs->f.store, c->id, c->draft, cs->f.today, &error))
    fail ("update case", error);
  say ("ok%s\n", pair);
}

static void
weigh (Cases *cs,
       Case  *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *follow = NULL;
  OndWeighingDecision decision = g_rand_int_range (rng, 0, 4);
  const char *complexity = PICK (complexities);
  gint64 lead = 0;

  if (decision == OND_WEIGHING_PARTNER)
    lead = g_array_index (cs->partners, gint64,
                          g_rand_int_range (rng, 0, cs->partners->len));
  if (decision == OND_WEIGHING_RESEARCH ||
      (decision != OND_WEIGHING_DROP && g_rand_boolean (rng)))
    follow = day_from_now (g_rand_int_range (rng, 1, 90));

  c->status = ond_weighing_decision_target (decision);
  c->lead = decision == OND_WEIGHING_RIEC ? cs->riec_id : lead;
  g_free (c->follow);
  c->follow = g_strdup (follow != NULL ? follow : "");
  c->events++;
  c->log++;
  pair = case_pair (c);
  say ("try%s\n", pair);
  if (!ond_store_weigh_case (cs->f.store, c->id, complexity, decision, "Besproken in overleg",
                             lead, follow, &error))
    fail ("weigh case", error);
  say ("ok%s\n", pair);
}

/* toegewezen -> interventie -> monitoring <-> interventie; gesloten -> monitoring. */
static void
move (Cases         *cs,
      Case          *c,
      OndCaseStatus  to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;
  gboolean reopen = c->status == OND_CASE_STATUS_CLOSED;

  c->status = to;
  if (reopen)
    c->outcome = "";
  c->events++;
  c->log++;
  pair = case_pair (c);
  say ("try%s\n", pair);
  if (!ond_store_move_case (cs->f.store, c->id, to, reopen ? "Nieuwe signalen" : NULL,
                            &error))
    fail ("move case", error);
  say ("ok%s\n", pair);
}

static void
close_case (Cases *cs,
            Case  *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;

  c->status = OND_CASE_STATUS_CLOSED;
  c->outcome = PICK (outcomes);
  g_free (c->follow);
  c->follow = g_strdup ("");
  c->events++;
  c->log++;
  pair = case_pair (c);
  say ("try%s\n", pair);
  if (!ond_store_close_case (cs->f.store, c->id, c->outcome, "Afgerond", &error))
    fail ("close case", error);
  say ("ok%s\n", pair);
}

static void
set_follow_up (Cases *cs,
               Case  *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *follow = g_rand_int_range (rng, 0, 4) > 0
                            ? day_from_now (g_rand_int_range (rng, 1, 120)) : NULL;

  g_free (c->follow);
  c->follow = g_strdup (follow != NULL ? follow : "");
  c->log++;
  pair = case_pair (c);
  say ("try%s\n", pair);
  if (!ond_store_set_case_follow_up (cs->f.store, c->id, follow, &error))
    fail ("set follow-up", error);
  say ("ok%s\n", pair);
}

/* An intervention added to a case, or one of its interventions changed: the case's access
 * log gets a row in the same transaction. */
static void
edit_intervention (Cases *cs,
                   Case  *c,
                   Ci    *ci)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *case_part = NULL;
  g_autofree char *ci_part = NULL;
  gboolean add = ci == NULL;
  Pair pair = g_array_index (cs->pairs, Pair, g_rand_int_range (rng, 0, cs->pairs->len));

  if (add)
    {
      ci = g_new0 (Ci, 1);
      ci->intervention_id = pair.intervention_id;
      ci->partner_id = pair.partner_id;
      g_ptr_array_add (c->cis, ci);
    }
  g_free (ci->planned);
  ci->planned = g_strdup_printf ("2025-%02d-%02d", g_rand_int_range (rng, 1, 13),
                                 g_rand_int_range (rng, 1, 29));
  g_free (ci->follow);
  ci->follow = g_rand_boolean (rng) ? day_from_now (g_rand_int_range (rng, 1, 60))
                                    : g_strdup ("");
  g_free (ci->status);
  ci->status = g_strdup (PICK (intervention_statuses));
  g_free (ci->note);
  ci->note = g_strdup_printf ("Notitie %u", seq);
  c->log++;
  case_part = case_pair (c);
  for (guint i = 0; i < c->cis->len; i++)
    {
      if (g_ptr_array_index (c->cis, i) == ci)
        ci_part = ci_pair (c, i);
    }
  say ("try%s%s\n", case_part, ci_part);
  if (add)
    {
      ci->id = ond_store_add_case_intervention (cs->f.store, c->id, ci->intervention_id,
                                                ci->partner_id, ci->planned,
                                                ci->follow[0] != '\0' ? ci->follow : NULL,
                                                ci->status, ci->note, &error);
      if (ci->id == 0)
        fail ("add case intervention", error);
    }
  else if (!ond_store_update_case_intervention (cs->f.store, ci->id, ci->partner_id,
                                                ci->planned,
                                                ci->follow[0] != '\0' ? ci->follow : NULL,
                                                ci->status, ci->note, &error))
    fail ("update case intervention", error);
  say ("ok%s%s\n", case_part, ci_part);
}

/* One edit that the case's status allows. */
static void
edit_case (Cases *cs,
           Case  *c)
{
  int choice = g_rand_int_range (rng, 0, 100);
  gboolean open = ond_case_status_is_open (c->status);

  if (choice < 12)
    update_intake (cs, c);
  else if (choice < 22 && open)
    set_follow_up (cs, c);
  else if (choice < 34 && open)
    edit_intervention (cs, c, NULL);
  else if (choice < 46 && c->cis->len > 0)
    edit_intervention (cs, c, pick (c->cis));
  else
    switch (c->status)
      {
      case OND_CASE_STATUS_NEW:
      case OND_CASE_STATUS_WEIGHED:
        weigh (cs, c);
        break;
      case OND_CASE_STATUS_ASSIGNED:
        move (cs, c, OND_CASE_STATUS_INTERVENTION);
        break;
      case OND_CASE_STATUS_INTERVENTION:
        move (cs, c, OND_CASE_STATUS_MONITORING);
        break;
      case OND_CASE_STATUS_MONITORING:
        if (g_rand_boolean (rng))
          close_case (cs, c);
        else
          move (cs, c, OND_CASE_STATUS_INTERVENTION);
        break;
      case OND_CASE_STATUS_CLOSED:
        move (cs, c, OND_CASE_STATUS_MONITORING);
        break;
      case OND_CASE_STATUS_DROPPED:
      default:
        update_intake (cs, c);
        break;
      }
}

static void
run_cases (OndStore   *store,
           const char *path,
           guint       n_edits)
{
  Cases cs = { { NULL, (char *) path, store, NULL }, NULL, NULL, NULL, NULL, 0 };

  cs.f.today = g_date_time_new_now_local ();
  load_cases (&cs);
  for (seq = 1; seq <= n_edits; seq++)
    {
      if (cs.cases->len < 5 || (cs.cases->len < 60 && g_rand_int_range (rng, 0, 100) < 15))
        create_case (&cs);
      else
        edit_case (&cs, pick (cs.cases));
    }
}

/* ---- the import ---------------------------------------------------------------------- */

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  say ("progress\t%u\n", done);
}

static void
run_import (OndStore   *store,
            const char *csv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBookingImport) import = NULL;
  GPtrArray *problems;
  guint n_rows;
  guint n_added = 0;

  if (plan == NULL)
    fail ("current plan", error);
  import = ond_booking_import_prepare (store, ond_plan_get_id (plan), csv, NULL, &error);
  if (import == NULL)
    fail ("read the bookings", error);
  problems = ond_booking_import_get_problems (import);
  if (problems->len > 0)
    {
      const OndImportProblem *problem = g_ptr_array_index (problems, 0);

      say ("fail\tthe bookings have %u problems; line %u: %s\n", problems->len,
           problem->line, problem->message);
      _exit (1);
    }
  n_rows = ond_booking_import_get_bookings (import)->len;
  say ("prepared\t%u\t%s\n", n_rows, ond_booking_import_get_sha256 (import));
  say ("try\timport\trows=%u\n", n_rows);
  if (!ond_store_import_bookings (store, import, on_progress, NULL, NULL, &n_added, &error))
    fail ("import", error);
  say ("ok\timport\trows=%u\n", n_added);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  const char *scenario;
  const char *path;

  if (argc != 5)
    {
      g_printerr ("Usage: %s plan|cases DATABASE SEED N_EDITS\n"
                  "       %s import DATABASE SEED CSV\n", argv[0], argv[0]);
      return 2;
    }
  scenario = argv[1];
  path = argv[2];
  rng = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[3], NULL, 10));

  store = ond_store_open (path, &error);
  if (store == NULL)
    fail ("open", error);
  if (ond_store_was_created (store))
    fail ("the database was not there", NULL);
  say ("ready\n");

  if (g_str_equal (scenario, "plan"))
    run_plan (store, (guint) g_ascii_strtoull (argv[4], NULL, 10));
  else if (g_str_equal (scenario, "cases"))
    run_cases (store, path, (guint) g_ascii_strtoull (argv[4], NULL, 10));
  else if (g_str_equal (scenario, "import"))
    run_import (store, argv[4]);
  else
    fail ("unknown scenario", NULL);
  wait_for_the_kill ();
}
