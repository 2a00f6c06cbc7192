// Parser for the pgshift schema language.
//
// The front end splits a script into statements at top-level semicolons and parses each
// one with `statement`, so one bad statement never hides the errors of the next. Rule
// names and structure follow PostgreSQL 15's gram.y where they can, so that what
// PostgreSQL accepts, this accepts, for the statements listed in `stmt`; any other
// statement is rejected by the front end with its position before parsing.
parser grammar PgParser;

options { tokenVocab = PgLexer; }

statement
    : stmt EOF
    ;

// Entry points for text that catalogs print (introspection reads it with these).
expressionOnly
    : aExpr EOF
    ;

// pg_get_viewdef()'s text.
queryOnly
    : selectStmt SEMI? EOF
    ;

stmt
    : createSchemaStmt
    | createTableStmt
    | createIndexStmt
    | createSequenceStmt
    | alterSequenceStmt
    | alterTableStmt
    | alterSchemaStmt
    | alterIndexStmt
    | commentStmt
    | setStmt
    | selectFuncStmt
    | createTypeStmt
    | alterTypeStmt
    | createDomainStmt
    | alterDomainStmt
    | createFunctionStmt
    | createAggregateStmt
    | createTriggerStmt
    | routineMiscStmt
    | createExtensionStmt
    | createPolicyStmt
    | alterPolicyStmt
    | grantStmt
    | alterDefaultPrivilegesStmt
    | viewStmt
    | createMatViewStmt
    | alterViewStmt
    | createCollationStmt
    | alterCollationStmt
    ;

// ======================================================================= schemas

createSchemaStmt
    : CREATE SCHEMA ifNotExists? colId (AUTHORIZATION roleSpec)?
    | CREATE SCHEMA ifNotExists? AUTHORIZATION roleSpec
    ;

alterSchemaStmt
    : ALTER SCHEMA colId OWNER TO roleSpec
    ;

// ======================================================================= tables

createTableStmt
    : CREATE optTemp? TABLE ifNotExists? qualifiedName
      LPAREN tableElementList? RPAREN optInherit? tableOptions
    | CREATE optTemp? TABLE ifNotExists? qualifiedName PARTITION OF qualifiedName
      (LPAREN tableElementList? RPAREN)? partitionBound tableOptions
    ;

// FOR VALUES ... or DEFAULT, after PARTITION OF and ATTACH PARTITION.
partitionBound
    : FOR VALUES IN_P LPAREN exprList RPAREN                                    # boundIn
    | FOR VALUES FROM LPAREN exprList RPAREN TO LPAREN exprList RPAREN          # boundRange
    | FOR VALUES WITH LPAREN hashBoundElem COMMA hashBoundElem RPAREN            # boundHash
    | DEFAULT                                                                   # boundDefault
    ;

// MODULUS n / REMAINDER n: plain words, as in PostgreSQL's grammar.
hashBoundElem
    : colId ICONST
    ;

partitionSpec
    : PARTITION BY colId LPAREN indexElem (COMMA indexElem)* RPAREN
    ;

optTemp
    : TEMPORARY | TEMP | LOCAL (TEMPORARY | TEMP) | GLOBAL (TEMPORARY | TEMP) | UNLOGGED
    ;

optInherit
    : INHERITS LPAREN qualifiedName (COMMA qualifiedName)* RPAREN
    ;

tableOptions
    : tableOption*
    ;

tableOption
    : WITH relOptions                         # tableWithOptions
    | WITHOUT OIDS                            # tableWithoutOids
    | USING name                              # tableAccessMethod
    | TABLESPACE name                         # tableTablespace
    | partitionSpec                           # tablePartitionBy
    | ON COMMIT .*?                           # tableOnCommit
    ;

tableElementList
    : tableElement (COMMA tableElement)*
    ;

tableElement
    : tableConstraint
    | tableLikeClause
    | columnDef
    ;

tableLikeClause
    : LIKE qualifiedName (( INCLUDING | EXCLUDING ) colLabel)*
    ;

columnDef
    : colId typeName colQual*
    ;

colQual
    : CONSTRAINT name colConstraintElem       # colQualNamed
    | colConstraintElem                       # colQualUnnamed
    | constraintAttr                          # colQualAttr
    | COLLATE anyName                         # colQualCollate
    ;

colConstraintElem
    : NOT NULL_P                                                        # colNotNull
    | NULL_P                                                            # colNull
    | UNIQUE nullsDistinct? indexDefinition? consTableSpace?            # colUnique
    | PRIMARY KEY indexDefinition? consTableSpace?                      # colPrimaryKey
    | CHECK LPAREN aExpr RPAREN (NO INHERIT)?                           # colCheck
    | DEFAULT bExpr                                                     # colDefault
    | GENERATED generatedWhen AS IDENTITY_P parenSeqOptions?            # colIdentity
    | GENERATED generatedWhen AS LPAREN aExpr RPAREN STORED             # colGenerated
    | REFERENCES qualifiedName columnListParens? keyMatch? keyActions?  # colReferences
    ;

generatedWhen
    : ALWAYS
    | BY DEFAULT
    ;

constraintAttr
    : DEFERRABLE
    | NOT DEFERRABLE
    | INITIALLY DEFERRED
    | INITIALLY IMMEDIATE
    ;

tableConstraint
    : (CONSTRAINT name)? constraintElem
    ;

constraintElem
    : CHECK LPAREN aExpr RPAREN constraintAttributes                            # conCheck
    | UNIQUE nullsDistinct? columnListParens includeColumns? indexDefinition?
      consTableSpace? constraintAttributes                                      # conUnique
    | UNIQUE USING INDEX name constraintAttributes                              # conUniqueUsingIndex
    | PRIMARY KEY columnListParens includeColumns? indexDefinition?
      consTableSpace? constraintAttributes                                      # conPrimaryKey
    | PRIMARY KEY USING INDEX name constraintAttributes                         # conPrimaryKeyUsingIndex
    | EXCLUDE (USING name)? LPAREN exclusionElem (COMMA exclusionElem)* RPAREN
      includeColumns? indexDefinition? consTableSpace?
      (WHERE LPAREN aExpr RPAREN)? constraintAttributes                         # conExclude
    | FOREIGN KEY columnListParens REFERENCES qualifiedName columnListParens?
      keyMatch? keyActions? constraintAttributes                                # conForeignKey
    ;

exclusionElem
    : indexElem WITH (anyOperator | OPERATOR LPAREN anyOperator RPAREN)
    ;

constraintAttributes
    : constraintAttributeElem*
    ;

constraintAttributeElem
    : NOT DEFERRABLE
    | DEFERRABLE
    | INITIALLY IMMEDIATE
    | INITIALLY DEFERRED
    | NOT VALID
    | NO INHERIT
    ;

nullsDistinct
    : NULLS_P NOT? DISTINCT
    ;

includeColumns
    : INCLUDE columnListParens
    ;

indexDefinition
    : WITH relOptions
    ;

consTableSpace
    : USING INDEX TABLESPACE name
    ;

keyMatch
    : MATCH (FULL | PARTIAL | SIMPLE)
    ;

keyActions
    : keyUpdate keyDelete?
    | keyDelete keyUpdate?
    ;

keyUpdate
    : ON UPDATE keyAction
    ;

keyDelete
    : ON DELETE_P keyAction
    ;

keyAction
    : NO ACTION
    | RESTRICT
    | CASCADE
    | SET NULL_P columnListParens?
    | SET DEFAULT columnListParens?
    ;

columnListParens
    : LPAREN columnList RPAREN
    ;

columnList
    : colId (COMMA colId)*
    ;

alterTableStmt
    : ALTER TABLE ifExists? relationExpr alterTableCmd (COMMA alterTableCmd)*
    ;

alterTableCmd
    : ADD COLUMN? ifNotExists? columnDef                                        # atAddColumn
    | ADD tableConstraint                                                       # atAddConstraint
    | ALTER COLUMN? colId SET DEFAULT aExpr                                     # atSetDefault
    | ALTER COLUMN? colId DROP DEFAULT                                          # atDropDefault
    | ALTER COLUMN? colId SET NOT NULL_P                                        # atSetNotNull
    | ALTER COLUMN? colId DROP NOT NULL_P                                       # atDropNotNull
    | ALTER COLUMN? colId (SET DATA)? TYPE_P typeName (COLLATE anyName)?
      (USING aExpr)?                                                            # atAlterType
    | ALTER COLUMN? colId ADD GENERATED generatedWhen AS IDENTITY_P
      parenSeqOptions?                                                          # atAddIdentity
    | ALTER COLUMN? colId DROP IDENTITY_P ifExists?                             # atDropIdentity
    | ALTER COLUMN? colId (SET | RESET) .*?                                     # atAlterColumnOther
    | DROP COLUMN? ifExists? colId dropBehavior?                                # atDropColumn
    | DROP CONSTRAINT ifExists? name dropBehavior?                              # atDropConstraint
    | VALIDATE CONSTRAINT name                                                  # atValidateConstraint
    | OWNER TO roleSpec                                                         # atOwner
    | ATTACH PARTITION qualifiedName partitionBound                             # atAttachPartition
    | DETACH PARTITION qualifiedName (CONCURRENTLY | FINALIZE)?                 # atDetachPartition
    | (ENABLE | DISABLE | FORCE | NO FORCE) ROW LEVEL SECURITY                 # atRowSecurity
    | INHERIT qualifiedName                                                     # atInherit
    | NO INHERIT qualifiedName                                                  # atNoInherit
    | (ENABLE | DISABLE | FORCE | NO | CLUSTER | SET | RESET | INHERIT | NOT
       | REPLICA | ATTACH | DETACH | RENAME | OF) .*?                           # atOther
    ;

dropBehavior
    : CASCADE
    | RESTRICT
    ;

relationExpr
    : qualifiedName STAR?
    | ONLY qualifiedName
    | ONLY LPAREN qualifiedName RPAREN
    ;

// ======================================================================= indexes

createIndexStmt
    : CREATE UNIQUE? INDEX CONCURRENTLY? (ifNotExists? name)? ON relationExpr
      (USING name)? LPAREN indexElem (COMMA indexElem)* RPAREN
      includeColumns? nullsDistinct? (WITH relOptions)? (TABLESPACE name)?
      (WHERE aExpr)?
    ;

indexElem
    : indexElemTarget (COLLATE anyName)? indexOpclass? (ASC | DESC)? (NULLS_P (FIRST_P | LAST_P))?
    ;

indexElemTarget
    : colId
    | funcExprWindowless
    | LPAREN aExpr RPAREN
    ;

indexOpclass
    : anyName relOptions?
    ;

alterIndexStmt
    : ALTER INDEX ifExists? qualifiedName OWNER TO roleSpec
    | ALTER INDEX ifExists? qualifiedName ATTACH PARTITION qualifiedName
    ;

// ======================================================================= views

viewStmt
    : CREATE (OR REPLACE)? optTemp? RECURSIVE? VIEW qualifiedName columnListParens?
      (WITH relOptions)? AS selectStmt viewCheckOption?
    ;

viewCheckOption
    : WITH (CASCADED | LOCAL)? CHECK OPTION
    ;

// pg_dump's ALTER VIEW ... OWNER TO; other ALTER VIEW forms are refused.
alterViewStmt
    : ALTER MATERIALIZED? VIEW ifExists? qualifiedName OWNER TO roleSpec
    ;

createMatViewStmt
    : CREATE UNLOGGED? MATERIALIZED VIEW ifNotExists? qualifiedName columnListParens?
      (USING name)? (WITH relOptions)? (TABLESPACE name)? AS selectStmt (WITH NO? DATA)?
    ;

// ======================================================================= queries
// A SELECT as gram.y has it: set operations (INTERSECT binds tighter than UNION and
// EXCEPT), then ORDER BY and LIMIT around them.

selectStmt
    : withClause? selectBody sortClause? selectLimit? forLockingClause?
    ;

selectWithParens
    : LPAREN selectStmt RPAREN
    ;

selectBody
    : selectBody INTERSECT (ALL | DISTINCT)? selectBody                  # selectIntersect
    | selectBody (UNION | EXCEPT) (ALL | DISTINCT)? selectBody           # selectUnion
    | simpleSelect                                                       # selectSimple
    ;

simpleSelect
    : SELECT distinctClause? targetList? fromClause? whereClause? groupClause? havingClause? windowClause?  # selectPlain
    | VALUES valuesRow (COMMA valuesRow)*                                # selectValues
    | TABLE relationExpr                                                 # selectTable
    | selectWithParens                                                   # selectParens
    ;

valuesRow
    : LPAREN exprList RPAREN
    ;

withClause
    : WITH RECURSIVE? commonTableExpr (COMMA commonTableExpr)*
    ;

commonTableExpr
    : name columnListParens? AS (NOT? MATERIALIZED)? selectWithParens
    ;

distinctClause
    : DISTINCT (ON LPAREN exprList RPAREN)?
    | ALL
    ;

targetList
    : targetEl (COMMA targetEl)*
    ;

targetEl
    : aExpr AS colLabel                                                  # targetAs
    | aExpr bareColLabel                                                 # targetBare
    | aExpr                                                              # targetPlain
    | STAR                                                               # targetStar
    ;

bareColLabel
    : identifier
    ;

fromClause
    : FROM tableRef (COMMA tableRef)*
    ;

tableRef
    : tableRef CROSS JOIN tableRef                                       # joinCross
    | tableRef NATURAL joinType? JOIN tableRef                           # joinNatural
    | tableRef joinType? JOIN tableRef joinQual                          # joinQualified
    | LPAREN tableRef RPAREN aliasClause?                                # joinParens
    | relationExpr aliasClause?                                          # fromRelation
    | LATERAL? funcExprWindowless (WITH ORDINALITY)? aliasClause?        # fromFunction
    | LATERAL? selectWithParens aliasClause?                             # fromSubquery
    ;

joinType
    : (FULL | LEFT | RIGHT) OUTER?
    | INNER
    ;

joinQual
    : USING LPAREN columnList RPAREN
    | ON aExpr
    ;

aliasClause
    : AS? colId (LPAREN columnList RPAREN)?
    ;

whereClause
    : WHERE aExpr
    ;

groupClause
    : GROUP BY (ALL | DISTINCT)? groupByItem (COMMA groupByItem)*
    ;

groupByItem
    : LPAREN RPAREN
    | (CUBE | ROLLUP) LPAREN exprList RPAREN
    | GROUPING SETS LPAREN groupByItem (COMMA groupByItem)* RPAREN
    | aExpr
    ;

havingClause
    : HAVING aExpr
    ;

windowClause
    : WINDOW windowDefinition (COMMA windowDefinition)*
    ;

windowDefinition
    : colId AS windowSpecification
    ;

windowSpecification
    : LPAREN colId? (PARTITION BY exprList)? sortClause? frameClause? RPAREN
    ;

frameClause
    : (RANGE | ROWS | GROUPS) (frameBound | BETWEEN frameBound AND frameBound) frameExclusion?
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | aExpr (PRECEDING | FOLLOWING)
    ;

frameExclusion
    : EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS)
    ;

overClause
    : OVER (windowSpecification | colId)
    ;

withinGroupClause
    : WITHIN GROUP LPAREN sortClause RPAREN
    ;

selectLimit
    : LIMIT (aExpr | ALL) (OFFSET aExpr (ROW | ROWS)?)?
    | OFFSET aExpr (ROW | ROWS)? (LIMIT (aExpr | ALL))?
    | OFFSET aExpr (ROW | ROWS)? FETCH (FIRST_P | NEXT) aExpr? (ROW | ROWS) (ONLY | WITH TIES)
    | FETCH (FIRST_P | NEXT) aExpr? (ROW | ROWS) (ONLY | WITH TIES)
    ;

forLockingClause
    : FOR (UPDATE | NO KEY UPDATE | SHARE | KEY SHARE) .*?
    ;

// ======================================================================= sequences

createSequenceStmt
    : CREATE optTemp? SEQUENCE ifNotExists? qualifiedName seqOption*
    ;

alterSequenceStmt
    : ALTER SEQUENCE ifExists? qualifiedName seqOption+       # alterSequenceOptions
    | ALTER SEQUENCE ifExists? qualifiedName OWNER TO roleSpec # alterSequenceOwner
    ;

parenSeqOptions
    : LPAREN seqOption+ RPAREN
    ;

seqOption
    : AS simpleTypename                      # seqAs
    | CACHE numericOnly                      # seqCache
    | CYCLE                                  # seqCycle
    | NO CYCLE                               # seqNoCycle
    | INCREMENT BY? numericOnly              # seqIncrement
    | MAXVALUE numericOnly                   # seqMaxValue
    | MINVALUE numericOnly                   # seqMinValue
    | NO MAXVALUE                            # seqNoMaxValue
    | NO MINVALUE                            # seqNoMinValue
    | OWNED BY anyName                       # seqOwnedBy
    | SEQUENCE NAME anyName                # seqName
    | START WITH? numericOnly                # seqStart
    | RESTART (WITH? numericOnly)?           # seqRestart
    ;

// ======================================================================= comments

commentStmt
    : COMMENT ON commentTarget IS (sconst | NULL_P)
    ;

commentTarget
    : (TABLE | INDEX | SEQUENCE | VIEW | MATERIALIZED VIEW | FOREIGN TABLE) anyName  # commentOnRelation
    | COLUMN anyName                                                                # commentOnColumn
    | SCHEMA colId                                                                  # commentOnSchema
    | EXTENSION colId                                                               # commentOnExtension
    | CONSTRAINT name ON anyName                                                    # commentOnConstraint
    | (TYPE_P | DOMAIN_P) anyName                                                   # commentOnType
    | COLLATION anyName                                                             # commentOnCollation
    ;

// ======================================================================= collations

createCollationStmt
    : CREATE COLLATION ifNotExists? anyName LPAREN collationOption (COMMA collationOption)* RPAREN
    | CREATE COLLATION ifNotExists? anyName FROM anyName
    ;

// gram.y's def_elem, as CREATE COLLATION uses it.
collationOption
    : colLabel (EQUAL defArg)?
    ;

// Only OWNER TO; RENAME, SET SCHEMA and REFRESH VERSION are refused by name.
alterCollationStmt
    : ALTER COLLATION anyName OWNER TO roleSpec    # alterCollationOwner
    | ALTER COLLATION anyName .*?                  # alterCollationOther
    ;

// ======================================================================= types and domains

createTypeStmt
    : CREATE TYPE_P anyName AS ENUM LPAREN (sconst (COMMA sconst)*)? RPAREN           # createEnum
    | CREATE TYPE_P anyName AS LPAREN (typeAttribute (COMMA typeAttribute)*)? RPAREN  # createComposite
    | CREATE TYPE_P anyName AS RANGE LPAREN rangeOption (COMMA rangeOption)* RPAREN   # createRange
    | CREATE TYPE_P anyName (LPAREN .*? RPAREN)?                                      # createBaseType
    ;

typeAttribute
    : colId typeName (COLLATE anyName)?
    ;

// gram.y's def_elem, as far as range types use it.
rangeOption
    : colLabel EQUAL (typeName | sconst)
    ;

alterTypeStmt
    : ALTER TYPE_P anyName ADD VALUE ifNotExists? sconst ((BEFORE | AFTER) sconst)?  # alterEnumAddValue
    | ALTER TYPE_P anyName RENAME VALUE sconst TO sconst                             # alterEnumRenameValue
    | ALTER TYPE_P anyName OWNER TO roleSpec                                         # alterTypeOwner
    | ALTER TYPE_P anyName alterTypeCmd (COMMA alterTypeCmd)*                        # alterTypeAttributes
    | ALTER TYPE_P anyName .*?                                                       # alterTypeOther
    ;

alterTypeCmd
    : ADD ATTRIBUTE colId typeName (COLLATE anyName)? dropBehavior?                   # atypeAddAttribute
    | DROP ATTRIBUTE ifExists? colId dropBehavior?                                    # atypeDropAttribute
    | ALTER ATTRIBUTE colId (SET DATA)? TYPE_P typeName (COLLATE anyName)? dropBehavior?  # atypeAlterAttribute
    ;

createDomainStmt
    : CREATE DOMAIN_P anyName AS? typeName domainConstraint*
    ;

domainConstraint
    : CONSTRAINT name domainConstraintElem   # domainNamedConstraint
    | domainConstraintElem                   # domainUnnamedConstraint
    | COLLATE anyName                        # domainCollate
    ;

domainConstraintElem
    : NOT NULL_P                                # domainNotNull
    | NULL_P                                    # domainNull
    | CHECK LPAREN aExpr RPAREN (NOT VALID)?    # domainCheck
    | DEFAULT bExpr                             # domainDefault
    ;

alterDomainStmt
    : ALTER DOMAIN_P anyName SET DEFAULT aExpr                                        # alterDomainSetDefault
    | ALTER DOMAIN_P anyName DROP DEFAULT                                             # alterDomainDropDefault
    | ALTER DOMAIN_P anyName SET NOT NULL_P                                           # alterDomainSetNotNull
    | ALTER DOMAIN_P anyName DROP NOT NULL_P                                          # alterDomainDropNotNull
    | ALTER DOMAIN_P anyName ADD (CONSTRAINT name)? CHECK LPAREN aExpr RPAREN (NOT VALID)?  # alterDomainAddCheck
    | ALTER DOMAIN_P anyName DROP CONSTRAINT ifExists? name dropBehavior?             # alterDomainDropConstraint
    | ALTER DOMAIN_P anyName VALIDATE CONSTRAINT name                                 # alterDomainValidate
    | ALTER DOMAIN_P anyName OWNER TO roleSpec                                        # alterDomainOwner
    | ALTER DOMAIN_P anyName .*?                                                      # alterDomainOther
    ;

// ======================================================================= functions and procedures
// gram.y's CreateFunctionStmt; the front end rejects what pgshift does not model
// (SQL-standard bodies, %TYPE, TRANSFORM, WINDOW, SUPPORT, SET ... FROM CURRENT).

createFunctionStmt
    : CREATE (OR REPLACE)? (FUNCTION | PROCEDURE) funcName funcArgsWithDefaults
      (RETURNS (funcReturn | TABLE LPAREN tableFuncColumn (COMMA tableFuncColumn)* RPAREN))?
      createFuncOptItem*
    ;

funcArgsWithDefaults
    : LPAREN (funcArgWithDefault (COMMA funcArgWithDefault)*)? RPAREN
    ;

funcArgWithDefault
    : funcArg ((DEFAULT | EQUAL) aExpr)?
    ;

funcArg
    : argClass paramName funcArgType
    | paramName argClass funcArgType
    | paramName funcArgType
    | argClass funcArgType
    | funcArgType
    ;

argClass
    : IN_P OUT_P?
    | OUT_P
    | INOUT
    | VARIADIC
    ;

paramName
    : typeFunctionName
    ;

funcReturn
    : funcArgType
    ;

funcArgType
    : typeName
    | SETOF? typeFunctionName attrs PERCENT TYPE_P
    ;

tableFuncColumn
    : paramName funcArgType
    ;

createFuncOptItem
    : AS sconst (COMMA sconst)?                             # funcOptAs
    | LANGUAGE nonReservedWordOrSconst                      # funcOptLanguage
    | RETURN aExpr                                          # funcOptReturn
    | BEGIN_P ATOMIC .*?                                    # funcOptAtomic
    | TRANSFORM .*?                                         # funcOptTransform
    | WINDOW                                                # funcOptWindow
    | CALLED ON NULL_P INPUT                                # funcOptCalledOnNull
    | RETURNS NULL_P ON NULL_P INPUT                        # funcOptStrict
    | STRICT                                                # funcOptStrict
    | (IMMUTABLE | STABLE | VOLATILE)                       # funcOptVolatility
    | EXTERNAL? SECURITY (DEFINER | INVOKER)                # funcOptSecurity
    | NOT? LEAKPROOF                                        # funcOptLeakproof
    | COST numericOnly                                      # funcOptCost
    | ROWS numericOnly                                      # funcOptRows
    | SUPPORT anyName                                       # funcOptSupport
    | PARALLEL colId                                        # funcOptParallel
    | SET varName (TO | EQUAL) (varValue (COMMA varValue)* | DEFAULT)  # funcOptSet
    | SET varName FROM CURRENT                              # funcOptSetFromCurrent
    | RESET (varName | ALL)                                 # funcOptReset
    ;

// COMMENT ON FUNCTION / PROCEDURE / AGGREGATE name(argtypes), COMMENT ON TRIGGER t ON
// table, and ALTER FUNCTION / AGGREGATE ... OWNER TO.
routineMiscStmt
    : COMMENT ON (FUNCTION | PROCEDURE | ROUTINE) funcName (LPAREN (funcArg (COMMA funcArg)*)? RPAREN)?
      IS (sconst | NULL_P)                                  # commentOnFunction
    | COMMENT ON TRIGGER name ON anyName IS (sconst | NULL_P)  # commentOnTrigger
    | ALTER (FUNCTION | PROCEDURE | ROUTINE) funcName (LPAREN (funcArg (COMMA funcArg)*)? RPAREN)?
      OWNER TO roleSpec                                     # alterRoutineOwner
    | COMMENT ON AGGREGATE funcName aggrArgs IS (sconst | NULL_P)  # commentOnAggregate
    | ALTER AGGREGATE funcName aggrArgs OWNER TO roleSpec   # alterAggregateOwner
    ;

// ======================================================================= aggregates
// gram.y's DefineStmt for AGGREGATE in the new syntax (the old BASETYPE = form is not
// accepted); the options are def_elems, checked by the front end.

createAggregateStmt
    : CREATE (OR REPLACE)? AGGREGATE funcName aggrArgs LPAREN aggrOption (COMMA aggrOption)* RPAREN
    ;

// ( * ), ( args ), ( ORDER BY args ), ( args ORDER BY args ).
aggrArgs
    : LPAREN STAR RPAREN
    | LPAREN (funcArg (COMMA funcArg)*)? (ORDER BY funcArg (COMMA funcArg)*)? RPAREN
    ;

aggrOption
    : colLabel (EQUAL aggrOptionValue)?
    ;

aggrOptionValue
    : funcArgType
    | allOp
    | OPERATOR LPAREN anyOperator RPAREN
    | numericOnly
    | sconst
    ;

// ======================================================================= triggers

createTriggerStmt
    : CREATE (OR REPLACE)? CONSTRAINT? TRIGGER name triggerActionTime triggerEvents ON qualifiedName
      triggerReferencing? (FROM qualifiedName)? constraintAttributes triggerForSpec? triggerWhen?
      EXECUTE (FUNCTION | PROCEDURE) funcName LPAREN (triggerFuncArg (COMMA triggerFuncArg)*)? RPAREN
    ;

triggerActionTime
    : BEFORE
    | AFTER
    | INSTEAD OF
    ;

triggerEvents
    : triggerOneEvent (OR triggerOneEvent)*
    ;

triggerOneEvent
    : INSERT
    | DELETE_P
    | UPDATE (OF columnList)?
    | TRUNCATE
    ;

triggerReferencing
    : REFERENCING triggerTransition+
    ;

triggerTransition
    : (NEW | OLD) (TABLE | ROW) AS? colId
    ;

triggerForSpec
    : FOR EACH? (ROW | STATEMENT)
    ;

triggerWhen
    : WHEN LPAREN aExpr RPAREN
    ;

triggerFuncArg
    : ICONST
    | FCONST
    | sconst
    | colLabel
    ;

// ======================================================================= extensions

createExtensionStmt
    : CREATE EXTENSION ifNotExists? name WITH? createExtensionOption*
    ;

createExtensionOption
    : SCHEMA name                        # extensionSchema
    | VERSION nonReservedWordOrSconst    # extensionVersion
    | CASCADE                            # extensionCascade
    ;

// ======================================================================= row level security

// AS PERMISSIVE / RESTRICTIVE are plain identifiers in gram.y (checked by the front end).
createPolicyStmt
    : CREATE POLICY name ON qualifiedName (AS identifier)? (FOR policyCommand)?
      (TO roleList)? (USING LPAREN aExpr RPAREN)? (WITH CHECK LPAREN aExpr RPAREN)?
    ;

alterPolicyStmt
    : ALTER POLICY name ON qualifiedName (TO roleList)?
      (USING LPAREN aExpr RPAREN)? (WITH CHECK LPAREN aExpr RPAREN)?
    ;

policyCommand
    : ALL | SELECT | INSERT | UPDATE | DELETE_P
    ;

roleList
    : roleSpec (COMMA roleSpec)*
    ;

// ======================================================================= privileges

// GRANT and REVOKE on objects (role membership is refused before parsing).
grantStmt
    : GRANT privileges ON privilegeTarget TO granteeList (WITH GRANT OPTION)? (GRANTED BY roleSpec)?
    | REVOKE (GRANT OPTION FOR)? privileges ON privilegeTarget FROM granteeList (GRANTED BY roleSpec)? dropBehavior?
    ;

privileges
    : ALL PRIVILEGES? columnListParens?
    | privilege (COMMA privilege)*
    ;

privilege
    : (SELECT | REFERENCES | CREATE | colId) columnListParens?
    ;

privilegeTarget
    : TABLE? qualifiedName (COMMA qualifiedName)*                  # privilegeOnTables
    | SEQUENCE qualifiedName (COMMA qualifiedName)*                # privilegeOnSequences
    | SCHEMA colId (COMMA colId)*                                  # privilegeOnSchemas
    | ALL (TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES) IN_P SCHEMA colId (COMMA colId)*  # privilegeOnAllInSchema
    | (FUNCTION | PROCEDURE | ROUTINE) routineWithArgs (COMMA routineWithArgs)*  # privilegeOnRoutines
    | (TYPE_P | DOMAIN_P) anyName (COMMA anyName)*                 # privilegeOnTypes
    | (DATABASE | LANGUAGE | FOREIGN | LARGE
       | TABLESPACE | PARAMETER | ALL) .*?                         # privilegeOnOther
    ;

alterDefaultPrivilegesStmt
    : ALTER DEFAULT PRIVILEGES defaclOption* defaclAction
    ;

defaclOption
    : IN_P SCHEMA colId (COMMA colId)*
    | FOR (ROLE | USER) roleSpec (COMMA roleSpec)*
    ;

defaclAction
    : GRANT privileges ON defaclObjects TO granteeList (WITH GRANT OPTION)?
    | REVOKE (GRANT OPTION FOR)? privileges ON defaclObjects FROM granteeList dropBehavior?
    ;

defaclObjects
    : TABLES | FUNCTIONS | ROUTINES | SEQUENCES | TYPES | SCHEMAS
    ;

// A function or procedure, with its argument types unless its name alone is unique.
routineWithArgs
    : funcName (LPAREN (funcArg (COMMA funcArg)*)? RPAREN)?
    ;

granteeList
    : grantee (COMMA grantee)*
    ;

grantee
    : GROUP? roleSpec
    ;

// ======================================================================= session settings

setStmt
    : SET (SESSION | LOCAL)? setRest
    ;

setRest
    : varName (TO | EQUAL) (varValue (COMMA varValue)* | DEFAULT)  # setVariable
    | TIME ZONE (varValue | LOCAL | DEFAULT)                       # setTimeZone
    | SCHEMA sconst                                                # setSchema
    | NAMES sconst?                                                # setNames
    | SESSION AUTHORIZATION (nonReservedWordOrSconst | DEFAULT)    # setSessionAuthorization
    | ROLE nonReservedWordOrSconst                                 # setRole
    ;

varName
    : colId (DOT colId)*
    ;

varValue
    : TRUE_P | FALSE_P | ON | numericOnly | nonReservedWordOrSconst
    ;

// pg_dump's "SELECT pg_catalog.set_config('search_path', '', false);"; the front end
// accepts set_config and rejects any other SELECT.
selectFuncStmt
    : SELECT funcApplication
    ;

// ======================================================================= expressions
// Precedence from gram.y, tightest first: '.', '::', unary minus, COLLATE, AT TIME ZONE,
// '^', '* / %', '+ -', other operators, LIKE/IN/BETWEEN/SIMILAR, comparisons, IS, NOT,
// AND, OR.

aExpr
    : cExpr                                                              # aPrimary
    | aExpr TYPECAST typeName                                            # aTypecast
    | <assoc=right> (PLUS | MINUS) aExpr                                 # aUnarySign
    | aExpr COLLATE anyName                                              # aCollate
    | aExpr AT TIME ZONE aExpr                                           # aAtTimeZone
    | aExpr CARET aExpr                                                  # aPower
    | aExpr (STAR | SLASH | PERCENT) aExpr                               # aMultiply
    | aExpr (PLUS | MINUS) aExpr                                         # aAdd
    | aExpr subqueryOp subType (selectWithParens | LPAREN aExpr RPAREN)  # aArraySubquery
    | aExpr qualOp aExpr                                                 # aOperator
    | qualOp aExpr                                                       # aPrefixOperator
    // ANTLR binds the right operand of "e op e" tighter only when the alternative ends
    // with it, so the ESCAPE forms are alternatives of their own.
    | aExpr NOT? LIKE aExpr ESCAPE aExpr                               # aLike
    | aExpr NOT? LIKE aExpr                                            # aLike
    | aExpr NOT? ILIKE aExpr ESCAPE aExpr                              # aILike
    | aExpr NOT? ILIKE aExpr                                           # aILike
    | aExpr NOT? SIMILAR TO aExpr ESCAPE aExpr                         # aSimilar
    | aExpr NOT? SIMILAR TO aExpr                                      # aSimilar
    | aExpr NOT? BETWEEN (SYMMETRIC | ASYMMETRIC)? bExpr AND aExpr     # aBetween
    | aExpr NOT? IN_P LPAREN exprList RPAREN                           # aIn
    | aExpr NOT? IN_P selectWithParens                                 # aInSubquery
    | aExpr (LT | GT | EQUAL | LESS_EQUALS | GREATER_EQUALS | NOT_EQUALS) aExpr  # aCompare
    | aExpr OVERLAPS aExpr                                               # aOverlaps
    | aExpr IS NOT? (NULL_P | TRUE_P | FALSE_P | UNKNOWN)              # aIsTest
    | aExpr IS NOT? DISTINCT FROM aExpr                                # aIsDistinct
    | aExpr IS NOT? unicodeNormalForm? NORMALIZED                      # aIsNormalized
    | aExpr (ISNULL | NOTNULL)                                           # aNullPostfix
    | <assoc=right> NOT aExpr                                          # aNot
    | aExpr AND aExpr                                                    # aAnd
    | aExpr OR aExpr                                                     # aOr
    ;

// The restricted expression of DEFAULT and of BETWEEN's lower bound: no boolean
// operators, so that "DEFAULT 0 NOT NULL" means what it says.
bExpr
    : cExpr                                                              # bPrimary
    | bExpr TYPECAST typeName                                            # bTypecast
    | <assoc=right> (PLUS | MINUS) bExpr                                 # bUnarySign
    | bExpr CARET bExpr                                                  # bPower
    | bExpr (STAR | SLASH | PERCENT) bExpr                               # bMultiply
    | bExpr (PLUS | MINUS) bExpr                                         # bAdd
    | bExpr qualOp bExpr                                                 # bOperator
    | qualOp bExpr                                                       # bPrefixOperator
    | bExpr (LT | GT | EQUAL | LESS_EQUALS | GREATER_EQUALS | NOT_EQUALS) bExpr  # bCompare
    | bExpr IS NOT? DISTINCT FROM bExpr                                # bIsDistinct
    ;

cExpr
    : aexprConst                                                         # cConst
    | columnref                                                          # cColumnRef
    | PARAM indirection?                                                 # cParam
    | selectWithParens indirection?                                      # cSubquery
    | EXISTS selectWithParens                                            # cExists
    | ARRAY selectWithParens                                             # cArraySubquery
    | LPAREN aExpr RPAREN indirection?                                   # cParens
    | caseExpr                                                           # cCase
    | funcExpr                                                           # cFunc
    | ARRAY arrayExpr                                                    # cArray
    | ROW LPAREN exprList? RPAREN                                        # cRow
    | LPAREN aExpr COMMA exprList RPAREN                                 # cImplicitRow
    ;

subqueryOp
    : allOp
    | OPERATOR LPAREN anyOperator RPAREN
    | NOT? (LIKE | ILIKE)
    ;

subType
    : ANY | SOME | ALL
    ;

qualOp
    : OP
    | OPERATOR LPAREN anyOperator RPAREN
    ;

anyOperator
    : (colId DOT)* allOp
    ;

allOp
    : OP | PLUS | MINUS | STAR | SLASH | PERCENT | CARET | LT | GT | EQUAL
    | LESS_EQUALS | GREATER_EQUALS | NOT_EQUALS
    ;

exprList
    : aExpr (COMMA aExpr)*
    ;

arrayExpr
    : LBRACKET (exprList | arrayExpr (COMMA arrayExpr)*)? RBRACKET
    ;

caseExpr
    : CASE aExpr? caseWhen+ (ELSE aExpr)? END_P
    ;

caseWhen
    : WHEN aExpr THEN aExpr
    ;

columnref
    : colId indirection?
    ;

indirection
    : indirectionEl+
    ;

indirectionEl
    : DOT attrName
    | DOT STAR
    | LBRACKET aExpr RBRACKET
    | LBRACKET aExpr? COLON aExpr? RBRACKET
    ;

funcExpr
    : funcApplication withinGroupClause? filterClause? overClause?
    | funcExprCommonSubexpr
    ;

funcExprWindowless
    : funcApplication
    | funcExprCommonSubexpr
    ;

filterClause
    : FILTER LPAREN WHERE aExpr RPAREN
    ;

funcApplication
    : funcName LPAREN RPAREN                                                   # funcNoArgs
    | funcName LPAREN (ALL | DISTINCT)? funcArgList (COMMA VARIADIC funcArgExpr)? sortClause? RPAREN  # funcArgs
    | funcName LPAREN VARIADIC funcArgExpr sortClause? RPAREN                  # funcVariadic
    | funcName LPAREN STAR RPAREN                                              # funcStar
    ;

funcArgList
    : funcArgExpr (COMMA funcArgExpr)*
    ;

funcArgExpr
    : aExpr
    | typeFunctionName (COLON_EQUALS | EQUALS_GREATER) aExpr
    ;

sortClause
    : ORDER BY sortBy (COMMA sortBy)*
    ;

sortBy
    : aExpr (ASC | DESC | USING qualOp)? (NULLS_P (FIRST_P | LAST_P))?
    ;

// Functions with SQL-standard syntax of their own.
funcExprCommonSubexpr
    : COLLATION FOR LPAREN aExpr RPAREN                                  # sqlCollationFor
    | (CURRENT_DATE | CURRENT_ROLE | CURRENT_USER | SESSION_USER | USER
       | CURRENT_CATALOG | CURRENT_SCHEMA)                               # sqlValueFunction
    | (CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP)
      (LPAREN ICONST RPAREN)?                                            # sqlTimeFunction
    | CAST LPAREN aExpr AS typeName RPAREN                               # sqlCast
    | EXTRACT LPAREN (extractArg FROM aExpr)? RPAREN                     # sqlExtract
    | NORMALIZE LPAREN aExpr (COMMA unicodeNormalForm)? RPAREN           # sqlNormalize
    | OVERLAY LPAREN aExpr PLACING aExpr FROM aExpr (FOR aExpr)? RPAREN  # sqlOverlay
    | POSITION LPAREN bExpr IN_P bExpr RPAREN                            # sqlPosition
    | SUBSTRING LPAREN aExpr (FROM aExpr)? (FOR aExpr)? RPAREN           # sqlSubstring
    | SUBSTRING LPAREN aExpr SIMILAR aExpr ESCAPE aExpr RPAREN           # sqlSubstringSimilar
    | SUBSTRING LPAREN funcArgList RPAREN                                # sqlSubstringArgs
    | TREAT LPAREN aExpr AS typeName RPAREN                              # sqlTreat
    | TRIM LPAREN (BOTH | LEADING | TRAILING)? trimList RPAREN           # sqlTrim
    | NULLIF LPAREN aExpr COMMA aExpr RPAREN                             # sqlNullIf
    | COALESCE LPAREN exprList RPAREN                                    # sqlCoalesce
    | GREATEST LPAREN exprList RPAREN                                    # sqlGreatest
    | LEAST LPAREN exprList RPAREN                                       # sqlLeast
    ;

extractArg
    : IDENT | YEAR | MONTH | DAY | HOUR | MINUTE | SECOND | sconst
    ;

unicodeNormalForm
    : NFC | NFD | NFKC | NFKD
    ;

trimList
    : aExpr FROM exprList
    | FROM exprList
    | exprList
    ;

aexprConst
    : ICONST                                                             # constInteger
    | FCONST                                                             # constFloat
    | sconst                                                             # constString
    | BCONST                                                             # constBits
    | XCONST                                                             # constHex
    | funcName sconst                                                    # constTypedGeneric
    | funcName LPAREN funcArgList sortClause? RPAREN sconst              # constTypedGenericMods
    | constTypename sconst                                               # constTyped
    | INTERVAL sconst intervalQualifier?                                 # constInterval
    | INTERVAL LPAREN ICONST RPAREN sconst                               # constIntervalPrecision
    | TRUE_P                                                             # constTrue
    | FALSE_P                                                            # constFalse
    | NULL_P                                                             # constNull
    ;

// Adjacent string constants separated by a newline are one constant, as in
// PostgreSQL (the front end checks the newline). U&'...' may name its escape character.
sconst
    : (STRING | ESTRING)+
    | USTRING (UESCAPE STRING)?
    | DOLLAR_STRING
    ;

numericOnly
    : (PLUS | MINUS)? (ICONST | FCONST)
    ;

// ======================================================================= type names

typeName
    : SETOF? simpleTypename arrayBounds                                  # typeWithBounds
    | SETOF? simpleTypename ARRAY (LBRACKET ICONST RBRACKET)?            # typeArrayKeyword
    ;

arrayBounds
    : (LBRACKET ICONST? RBRACKET)*
    ;

simpleTypename
    : genericType
    | numericType
    | bitType
    | characterType
    | datetimeType
    | intervalType
    ;

constTypename
    : numericType
    | bitType
    | characterType
    | datetimeType
    ;

genericType
    : typeFunctionName attrs? typeModifiers?
    ;

typeModifiers
    : LPAREN exprList RPAREN
    ;

attrs
    : (DOT attrName)+
    ;

numericType
    : INT_P                                  # typeInt
    | INTEGER                                # typeInteger
    | SMALLINT                               # typeSmallint
    | BIGINT                                 # typeBigint
    | REAL                                   # typeReal
    | FLOAT_P (LPAREN ICONST RPAREN)?        # typeFloat
    | DOUBLE_P PRECISION                     # typeDouble
    | (DECIMAL_P | DEC | NUMERIC) typeModifiers?  # typeNumeric
    | BOOLEAN_P                              # typeBoolean
    ;

bitType
    : BIT VARYING? (LPAREN exprList RPAREN)?
    ;

characterType
    : characterKeyword (LPAREN ICONST RPAREN)?
    ;

characterKeyword
    : CHARACTER VARYING?
    | CHAR_P VARYING?
    | VARCHAR
    | NATIONAL CHARACTER VARYING?
    | NATIONAL CHAR_P VARYING?
    | NCHAR VARYING?
    ;

datetimeType
    : (TIMESTAMP | TIME) (LPAREN ICONST RPAREN)? ((WITH | WITHOUT) TIME ZONE)?
    ;

intervalType
    : INTERVAL intervalQualifier?
    | INTERVAL LPAREN ICONST RPAREN
    ;

intervalQualifier
    : YEAR
    | MONTH
    | DAY
    | HOUR
    | MINUTE
    | intervalSecond
    | YEAR TO MONTH
    | DAY TO HOUR
    | DAY TO MINUTE
    | DAY TO intervalSecond
    | HOUR TO MINUTE
    | HOUR TO intervalSecond
    | MINUTE TO intervalSecond
    ;

intervalSecond
    : SECOND (LPAREN ICONST RPAREN)?
    ;

// ======================================================================= names

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

qualifiedName
    : colId indirection?
    ;

anyName
    : colId attrs?
    ;

name
    : colId
    ;

attrName
    : colLabel
    ;

funcName
    : typeFunctionName
    | colId indirection
    ;

roleSpec
    : nonReservedWord
    | CURRENT_ROLE
    | CURRENT_USER
    | SESSION_USER
    ;

relOptions
    : LPAREN relOption (COMMA relOption)* RPAREN
    ;

relOption
    : colLabel (DOT colLabel)? (EQUAL defArg)?
    ;

defArg
    : funcType
    | reservedKeyword
    | allOp
    | numericOnly
    | sconst
    | NONE
    ;

funcType
    : typeName
    ;

nonReservedWordOrSconst
    : nonReservedWord
    | sconst
    ;

identifier
    : IDENT
    | QUOTED_IDENT
    ;

colId
    : identifier
    | unreservedKeyword
    | colNameKeyword
    ;

typeFunctionName
    : identifier
    | unreservedKeyword
    | typeFuncNameKeyword
    ;

nonReservedWord
    : identifier
    | unreservedKeyword
    | colNameKeyword
    | typeFuncNameKeyword
    ;

colLabel
    : identifier
    | unreservedKeyword
    | colNameKeyword
    | typeFuncNameKeyword
    | reservedKeyword
    ;

// ======================================================================= keyword categories
// (generated once from PostgreSQL 15's pg_get_keywords())

unreservedKeyword
    : ABORT | ABSOLUTE | ACCESS | ACTION | ADD | ADMIN | AFTER | AGGREGATE | ALSO | ALTER | ALWAYS |
    ASENSITIVE | ASSERTION | ASSIGNMENT | AT | ATOMIC | ATTACH | ATTRIBUTE | BACKWARD | BEFORE | BEGIN_P |
    BREADTH | BY | CACHE | CALL | CALLED | CASCADE | CASCADED | CATALOG | CHAIN | CHARACTERISTICS |
    CHECKPOINT | CLASS | CLOSE | CLUSTER | COLUMNS | COMMENT | COMMENTS | COMMIT | COMMITTED | COMPRESSION |
    CONFIGURATION | CONFLICT | CONNECTION | CONSTRAINTS | CONTENT | CONTINUE | CONVERSION | COPY | COST |
    CSV | CUBE | CURRENT | CURSOR | CYCLE | DATA | DATABASE | DAY | DEALLOCATE | DECLARE | DEFAULTS |
    DEFERRED | DEFINER | DELETE_P | DELIMITER | DELIMITERS | DEPENDS | DEPTH | DETACH | DICTIONARY |
    DISABLE | DISCARD | DOCUMENT | DOMAIN_P | DOUBLE_P | DROP | EACH | ENABLE | ENCODING | ENCRYPTED | ENUM |
    ESCAPE | EVENT | EXCLUDE | EXCLUDING | EXCLUSIVE | EXECUTE | EXPLAIN | EXPRESSION | EXTENSION |
    EXTERNAL | FAMILY | FILTER | FINALIZE | FIRST_P | FOLLOWING | FORCE | FORWARD | FUNCTION | FUNCTIONS |
    GENERATED | GLOBAL | GRANTED | GROUPS | HANDLER | HEADER | HOLD | HOUR | IDENTITY_P | IF | IMMEDIATE |
    IMMUTABLE | IMPLICIT | IMPORT | INCLUDE | INCLUDING | INCREMENT | INDEX | INDEXES | INHERIT | INHERITS |
    INLINE | INPUT | INSENSITIVE | INSERT | INSTEAD | INVOKER | ISOLATION | KEY | LABEL | LANGUAGE | LARGE |
    LAST_P | LEAKPROOF | LEVEL | LISTEN | LOAD | LOCAL | LOCATION | LOCK | LOCKED | LOGGED | MAPPING |
    MATCH | MATCHED | MATERIALIZED | MAXVALUE | MERGE | METHOD | MINUTE | MINVALUE | MODE | MONTH | MOVE |
    NAME | NAMES | NEW | NEXT | NFC | NFD | NFKC | NFKD | NO | NORMALIZED | NOTHING | NOTIFY | NOWAIT |
    NULLS_P | OBJECT | OF | OFF | OIDS | OLD | OPERATOR | OPTION | OPTIONS | ORDINALITY | OTHERS | OVER |
    OVERRIDING | OWNED | OWNER | PARALLEL | PARAMETER | PARSER | PARTIAL | PARTITION | PASSING | PASSWORD |
    PLANS | POLICY | PRECEDING | PREPARE | PREPARED | PRESERVE | PRIOR | PRIVILEGES | PROCEDURAL |
    PROCEDURE | PROCEDURES | PROGRAM | PUBLICATION | QUOTE | RANGE | READ | REASSIGN | RECHECK | RECURSIVE |
    REF | REFERENCING | REFRESH | REINDEX | RELATIVE | RELEASE | RENAME | REPEATABLE | REPLACE | REPLICA |
    RESET | RESTART | RESTRICT | RETURN | RETURNS | REVOKE | ROLE | ROLLBACK | ROLLUP | ROUTINE | ROUTINES |
    ROWS | RULE | SAVEPOINT | SCHEMA | SCHEMAS | SCROLL | SEARCH | SECOND | SECURITY | SEQUENCE | SEQUENCES |
    SERIALIZABLE | SERVER | SESSION | SET | SETS | SHARE | SHOW | SIMPLE | SKIP_P | SNAPSHOT | SQL | STABLE |
    STANDALONE | START | STATEMENT | STATISTICS | STDIN | STDOUT | STORAGE | STORED | STRICT | STRIP |
    SUBSCRIPTION | SUPPORT | SYSID | SYSTEM | TABLES | TABLESPACE | TEMP | TEMPLATE | TEMPORARY | TEXT |
    TIES | TRANSACTION | TRANSFORM | TRIGGER | TRUNCATE | TRUSTED | TYPE_P | TYPES | UESCAPE | UNBOUNDED |
    UNCOMMITTED | UNENCRYPTED | UNKNOWN | UNLISTEN | UNLOGGED | UNTIL | UPDATE | VACUUM | VALID | VALIDATE |
    VALIDATOR | VALUE | VARYING | VERSION | VIEW | VIEWS | VOLATILE | WHITESPACE | WITHIN | WITHOUT | WORK |
    WRAPPER | WRITE | XML | YEAR | YES | ZONE
    ;

colNameKeyword
    : BETWEEN | BIGINT | BIT | BOOLEAN_P | CHAR_P | CHARACTER | COALESCE | DEC | DECIMAL_P | EXISTS |
    EXTRACT | FLOAT_P | GREATEST | GROUPING | INOUT | INT_P | INTEGER | INTERVAL | LEAST | NATIONAL | NCHAR |
    NONE | NORMALIZE | NULLIF | NUMERIC | OUT_P | OVERLAY | POSITION | PRECISION | REAL | ROW | SETOF |
    SMALLINT | SUBSTRING | TIME | TIMESTAMP | TREAT | TRIM | VALUES | VARCHAR | XMLATTRIBUTES | XMLCONCAT |
    XMLELEMENT | XMLEXISTS | XMLFOREST | XMLNAMESPACES | XMLPARSE | XMLPI | XMLROOT | XMLSERIALIZE | XMLTABLE
    ;

typeFuncNameKeyword
    : AUTHORIZATION | BINARY | COLLATION | CONCURRENTLY | CROSS | CURRENT_SCHEMA | FREEZE | FULL | ILIKE |
    INNER | IS | ISNULL | JOIN | LEFT | LIKE | NATURAL | NOTNULL | OUTER | OVERLAPS | RIGHT | SIMILAR |
    TABLESAMPLE | VERBOSE
    ;

reservedKeyword
    : ALL | ANALYSE | ANALYZE | AND | ANY | ARRAY | AS | ASC | ASYMMETRIC | BOTH | CASE | CAST | CHECK |
    COLLATE | COLUMN | CONSTRAINT | CREATE | CURRENT_CATALOG | CURRENT_DATE | CURRENT_ROLE | CURRENT_TIME |
    CURRENT_TIMESTAMP | CURRENT_USER | DEFAULT | DEFERRABLE | DESC | DISTINCT | DO | ELSE | END_P | EXCEPT |
    FALSE_P | FETCH | FOR | FOREIGN | FROM | GRANT | GROUP | HAVING | IN_P | INITIALLY | INTERSECT | INTO |
    LATERAL | LEADING | LIMIT | LOCALTIME | LOCALTIMESTAMP | NOT | NULL_P | OFFSET | ON | ONLY | OR | ORDER |
    PLACING | PRIMARY | REFERENCES | RETURNING | SELECT | SESSION_USER | SOME | SYMMETRIC | TABLE | THEN |
    TO | TRAILING | TRUE_P | UNION | UNIQUE | USER | USING | VARIADIC | WHEN | WHERE | WINDOW | WITH
    ;
