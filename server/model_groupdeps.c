/*
 * Dependencies between groups and group sets (see model.h): links, the loop
 * check, and the "[a] and [b]" expressions of ApiSetGroupDependencyExpression
 * and ApiSetGroupSetDependencyExpression.
 *
 * Depending on a group set means depending on its groups, and a group
 * depends on what its own set depends on, so the loop check walks groups (to
 * their provider groups, their provider set and their set's provider sets)
 * and sets (to their groups and provider sets), from the new provider back
 * to the dependent.
 */
#include "server/model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The objects a walk has been through: each is looked at once. */
struct walk
{
    void *seen;
    size_t count;
    bool failed;                    /* out of memory or too deep: refuse */
};

static bool first_visit(struct walk *walk, const void *object)
{
    if (pointer_index(walk->seen, walk->count, object) < walk->count) return false;
    if (!array_append(&walk->seen, &walk->count, sizeof(object), &object)) walk->failed = true;
    return !walk->failed;
}

static bool set_reaches(struct walk *walk, const struct cmrp_groupset *set, const void *target, unsigned int depth);

/* Whether group depends, directly or not, on target (a group or a set). */
static bool group_reaches(struct walk *walk, const struct cmrp_group *group, const void *target, unsigned int depth)
{
    size_t i;

    if ((const void *)group == target) return true;
    if (depth > CMRP_MAX_DEPENDENCY_DEPTH) walk->failed = true;
    if (walk->failed || !first_visit(walk, group)) return walk->failed;
    for (i = 0; i < group->num_provider_groups; i++)
        if (group_reaches(walk, group->provider_groups[i], target, depth + 1)) return true;
    /* a group also depends on what its own set depends on (not on its set's other groups) */
    for (i = 0; group->groupset && i < group->groupset->num_provider_sets; i++)
        if (set_reaches(walk, group->groupset->provider_sets[i], target, depth + 1)) return true;
    return group->provider_set && set_reaches(walk, group->provider_set, target, depth + 1);
}

static bool set_reaches(struct walk *walk, const struct cmrp_groupset *set, const void *target, unsigned int depth)
{
    size_t i;

    if ((const void *)set == target) return true;
    if (depth > CMRP_MAX_DEPENDENCY_DEPTH) walk->failed = true;
    if (walk->failed || !first_visit(walk, set)) return walk->failed;
    for (i = 0; i < set->num_groups; i++)
        if (group_reaches(walk, set->groups[i], target, depth + 1)) return true;
    for (i = 0; i < set->num_provider_sets; i++)
        if (set_reaches(walk, set->provider_sets[i], target, depth + 1)) return true;
    return false;
}

/* Whether making dependent depend on provider (each a group or a set, as
 * the flags say) would close a loop, or cannot be checked. */
static bool closes_loop(const void *dependent, const void *provider, bool provider_is_set)
{
    struct walk walk = { 0 };
    bool loop = provider_is_set ? set_reaches(&walk, provider, dependent, 0)
                                : group_reaches(&walk, provider, dependent, 0);

    free(walk.seen);
    return loop || walk.failed;
}

/* ---- expressions ---- */

/* The bracketed names of an "[a] and [b]" expression, malloc'ed (each and
 * the array); 87 for anything else, "or" included. */
static uint32_t parse_expression(const char *expression, char ***names, size_t *count)
{
    const char *p = expression ? expression : "";
    bool want_term = true, any = false;
    void *array = NULL;
    size_t n = 0, i;
    uint32_t status = CMRP_ERR_SUCCESS;

    while (*p && status == CMRP_ERR_SUCCESS)
    {
        if (strchr(" \t{}()", *p))
        {
            p++;
            continue;
        }
        if (*p == '[')
        {
            const char *end = strchr(p + 1, ']');
            char *name;

            if (!want_term || !end || end == p + 1) status = CMRP_ERR_INVALID_PARAMETER;
            else if (!(name = strndup(p + 1, end - p - 1))) status = CMRP_ERR_NOT_ENOUGH_MEMORY;
            else if (!array_append(&array, &n, sizeof(name), &name))
            {
                free(name);
                status = CMRP_ERR_NOT_ENOUGH_MEMORY;
            }
            else p = end + 1;
            want_term = false;
            any = true;
        }
        else if (!want_term && !strncasecmp(p, "and", 3) && !(p[3] && !strchr(" \t{}([", p[3])))
        {
            p += 3;
            want_term = true;
        }
        else status = CMRP_ERR_INVALID_PARAMETER;    /* "or", a bare name, anything else */
    }
    if (status == CMRP_ERR_SUCCESS && any && want_term) status = CMRP_ERR_INVALID_PARAMETER;  /* "[a] and" */
    if (status != CMRP_ERR_SUCCESS)
    {
        for (i = 0; i < n; i++) free(((char **)array)[i]);
        free(array);
        array = NULL;
        n = 0;
    }
    *names = array;
    *count = n;
    return status;
}

static void free_names(char **names, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++) free(names[i]);
    free(names);
}

/* Replaces *links (count *num_links) with the objects an expression names:
 * lookup finds them by name or id, each checked by closes_loop. */
typedef void *(*lookup_fn)(struct cmrp_model *model, const char *name_or_id);

static uint32_t set_links(struct cmrp_model *model, const void *dependent, const char *expression, lookup_fn lookup,
                          bool sets, uint32_t not_found, void *links, size_t *num_links)
{
    void *chosen = NULL, *found;
    size_t count, num_chosen = 0, i;
    char **names;
    uint32_t status = parse_expression(expression, &names, &count);

    for (i = 0; status == CMRP_ERR_SUCCESS && i < count; i++)
    {
        if (!(found = lookup(model, names[i]))) status = not_found;
        else if (found == dependent || closes_loop(dependent, found, sets)) status = CMRP_ERR_INVALID_PARAMETER;
        else if (pointer_index(chosen, num_chosen, found) < num_chosen) continue;   /* named twice */
        else if (!array_append(&chosen, &num_chosen, sizeof(found), &found)) status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    free_names(names, count);
    if (status != CMRP_ERR_SUCCESS)
    {
        free(chosen);
        return status;
    }
    free(*(void **)links);
    *(void **)links = chosen;
    *num_links = num_chosen;
    return CMRP_ERR_SUCCESS;
}

static void *lookup_group(struct cmrp_model *model, const char *name_or_id)
{
    return cmrp_model_group(model, name_or_id);
}

static void *lookup_groupset(struct cmrp_model *model, const char *name_or_id)
{
    return cmrp_model_groupset(model, name_or_id);
}

/* ---- groups on groups ---- */

uint32_t cmrp_model_remove_group_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                            struct cmrp_group *provider)
{
    if (!group || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (!pointer_remove((void **)group->provider_groups, &group->num_provider_groups, provider))
        return CMRP_ERR_DEPENDENCY_NOT_FOUND;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_group_dependency_expression(struct cmrp_model *model, struct cmrp_group *group,
                                                    const char *expression)
{
    uint32_t status;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    status = set_links(model, group, expression, lookup_group, false, CMRP_ERR_GROUP_NOT_FOUND,
                       &group->provider_groups, &group->num_provider_groups);
    if (status == CMRP_ERR_SUCCESS) notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return status;
}

/* ---- group sets on group sets ---- */

uint32_t cmrp_model_add_groupset_dependency(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                            struct cmrp_groupset *provider)
{
    void *links;

    if (!groupset || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (pointer_index((void *const *)groupset->provider_sets, groupset->num_provider_sets, provider)
        < groupset->num_provider_sets)
        return CMRP_ERR_DEPENDENCY_ALREADY_EXISTS;
    if (groupset == provider || !groupset->num_groups || !provider->num_groups
        || closes_loop(groupset, provider, true))
        return CMRP_ERR_INVALID_PARAMETER;
    links = groupset->provider_sets;
    if (!array_append(&links, &groupset->num_provider_sets, sizeof(provider), &provider))
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    groupset->provider_sets = links;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_remove_groupset_dependency(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                               struct cmrp_groupset *provider)
{
    if (!groupset || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (!pointer_remove((void **)groupset->provider_sets, &groupset->num_provider_sets, provider))
        return CMRP_ERR_DEPENDENCY_NOT_FOUND;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_groupset_dependency_expression(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                                       const char *expression)
{
    if (!groupset) return CMRP_ERR_INVALID_PARAMETER;
    return set_links(model, groupset, expression, lookup_groupset, true, CMRP_ERR_GROUPSET_NOT_FOUND,
                     &groupset->provider_sets, &groupset->num_provider_sets);
}

/* ---- groups on a group set ---- */

uint32_t cmrp_model_add_group_to_groupset_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                                     struct cmrp_groupset *provider)
{
    if (!group || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (group->provider_set == provider) return CMRP_ERR_DEPENDENCY_ALREADY_EXISTS;
    if (group->provider_set) return CMRP_ERR_NOT_SUPPORTED;
    if (closes_loop(group, provider, true)) return CMRP_ERR_INVALID_PARAMETER;
    group->provider_set = provider;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_remove_group_to_groupset_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                                        struct cmrp_groupset *provider)
{
    if (!group || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (group->provider_set != provider) return CMRP_ERR_DEPENDENCY_NOT_FOUND;
    group->provider_set = NULL;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

/* ---- deletion ---- */

void groupdeps_forget_group(struct cmrp_model *model, struct cmrp_group *group)
{
    size_t i;

    for (i = 0; i < model->num_groups; i++)
        pointer_remove((void **)model->groups[i]->provider_groups, &model->groups[i]->num_provider_groups, group);
}

void groupdeps_forget_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset)
{
    size_t i;

    for (i = 0; i < model->num_groups; i++)
        if (model->groups[i]->provider_set == groupset) model->groups[i]->provider_set = NULL;
    for (i = 0; i < model->num_groupsets; i++)
        pointer_remove((void **)model->groupsets[i]->provider_sets, &model->groupsets[i]->num_provider_sets,
                       groupset);
}
