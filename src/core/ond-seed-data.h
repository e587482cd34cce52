/* ond-seed-data.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The content of the "Uitvoeringsplan ondermijning 2023-2024", as static data: what a new
 * database is seeded with (ond-store-seed.c). Texts are Dutch, as the plan writes them.
 * Amounts are in cents.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  int         first_year;
  int         last_year;
  const char *objective;
} OndSeedPlan;

typedef struct
{
  int         number;        /* 1-3 */
  const char *name;          /* section heading, e.g. "Aanpakken van ondermijnende criminaliteit" */
  const char *objective;     /* the pillar as section 3 lists it */
  const char *description;   /* the introduction of its section */
} OndSeedPillar;

typedef struct
{
  const char *name;
  const char *short_name;    /* as the planning's "Wie" column names it */
  const char *kind;          /* partner_kind code: gemeentelijk, extern, riec */
  gboolean    regiegroep;
} OndSeedPartner;

typedef struct
{
  const char *name;
  const char *short_name;
  const char *description;
  const char *owners[3];     /* partner short names, NULL-terminated */
} OndSeedTheme;

typedef struct
{
  int         pillar;        /* 1-3 */
  const char *theme;         /* theme short name, or NULL for a pillar's own action */
  const char *group_heading;
  const char *text;
} OndSeedAction;

typedef struct
{
  const char *name;
  const char *partners;      /* letters of the menukaart columns: G, P, O, S */
} OndSeedIntervention;

typedef struct
{
  const char *name;
  const char *district;      /* "Dordt-West" for its four wijken, else "" */
  gboolean    aandachtsgebied;
} OndSeedArea;

typedef struct
{
  const char *code;
  const char *name;
  const char *unit;
  const char *method;        /* indicator_method code: counted, manual */
  const char *parent;        /* code of the figure this one is part of, or NULL */
  gint64      baseline_2022; /* -1 when section 2 states no 2022 figure */
} OndSeedIndicator;

typedef struct
{
  const char *indicator;     /* indicator code */
  const char *description;
  gint64      value;
} OndSeedTarget;

typedef struct
{
  int           year;
  const char   *period;      /* period code: Q1, Q2, Q3, Q4, Q3+4, doorlopend */
  const char   *what;
  const char   *who;         /* the plan's own words; "" for N.t.b. */
  const char   *theme;       /* theme short name or NULL */
  gboolean      recurring;   /* the doorlopend items that recur every year */
  OndSeedTarget targets[2];  /* unused entries have indicator NULL */
} OndSeedPlanItem;

typedef struct
{
  const char *name;
  gint64      amount_2023;
  gint64      amount_2024;
} OndSeedBudgetLine;

typedef struct
{
  int         year;
  const char *source;        /* funding_source code */
  gint64      amount;
  const char *earmark;
  const char *lines[4];      /* budget line names it may pay for, NULL-terminated; none = all */
} OndSeedFunding;

typedef struct
{
  int    year;
  gint64 amount;
} OndSeedTotal;

extern const OndSeedPlan         ond_seed_plan;
extern const OndSeedPillar       ond_seed_pillars[];
extern const guint               ond_seed_n_pillars;
extern const OndSeedPartner      ond_seed_partners[];
extern const guint               ond_seed_n_partners;
extern const OndSeedTheme        ond_seed_themes[];
extern const guint               ond_seed_n_themes;
extern const OndSeedAction       ond_seed_actions[];
extern const guint               ond_seed_n_actions;
extern const OndSeedIntervention ond_seed_interventions[];
extern const guint               ond_seed_n_interventions;
extern const char * const        ond_seed_menukaart_columns[4];   /* partner short names of G P O S */
extern const OndSeedArea         ond_seed_areas[];
extern const guint               ond_seed_n_areas;
extern const OndSeedIndicator    ond_seed_indicators[];
extern const guint               ond_seed_n_indicators;
extern const OndSeedPlanItem     ond_seed_plan_items[];
extern const guint               ond_seed_n_plan_items;
extern const OndSeedBudgetLine   ond_seed_budget_lines[];
extern const guint               ond_seed_n_budget_lines;
extern const OndSeedFunding      ond_seed_funding[];
extern const guint               ond_seed_n_funding;
extern const OndSeedTotal        ond_seed_totals[];
extern const guint               ond_seed_n_totals;

G_END_DECLS
