#pragma once
// Functions, procedures and triggers -> DDL.

#include <string>

#include "compiler/model/schema_model.h"

namespace pgshift::planner::ddl {

// CREATE [OR REPLACE] FUNCTION/PROCEDURE with every attribute written out (an aggregate:
// createAggregate()).
std::string createFunction(const Function &f, bool or_replace);
// CREATE [OR REPLACE] AGGREGATE (aggregate_ddl.cpp).
std::string createAggregate(const Function &f, bool or_replace);
std::string dropFunction(const Function &f);
// "FUNCTION public.f(integer)" / "PROCEDURE ..." / "AGGREGATE public.a(*)", as COMMENT ON
// names it.
std::string functionTarget(const Function &f);

std::string createTrigger(const Trigger &t);
std::string dropTrigger(const Trigger &t);
std::string triggerTarget(const Trigger &t);  // "TRIGGER t ON public.tab"

}  // namespace pgshift::planner::ddl
