/*
 * Python 3.11 syntax. The grammar is a little more permissive than CPython's where a precise rule
 * would cost lookahead (assignment targets, parameter order, call argument order, starred
 * expressions); the AST builder checks those and reports the same errors CPython does.
 * No target-language code: actions and predicates live in C#.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; superClass = PythonParserBase; }

// ================= entry points =================

file_input : (NEWLINE | stmt)* EOF ;

// The inside of an f-string replacement field, lexed as "(" expr ")" so that line breaks are joined.
fstring_expr : LPAR (yield_expr | star_expressions) RPAR NEWLINE? EOF ;

// ================= statements =================

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

// Assignment, augmented assignment, annotated assignment or a bare expression.
expr_stmt
    : first=rhs
      ( COLON annotation=expression (EQUAL annotated=rhs)?
      | augassign augmented=rhs
      | (EQUAL rhs)*
      )
    ;

rhs : yield_expr | star_expressions ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

return_stmt   : RETURN star_expressions? ;
raise_stmt    : RAISE (expression (FROM expression)?)? ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
del_stmt      : DEL target_list ;
assert_stmt   : ASSERT expression (COMMA expression)? ;
global_stmt   : GLOBAL name (COMMA name)* ;
nonlocal_stmt : NONLOCAL name (COMMA name)* ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;
dotted_as_name : dotted_name (AS name)? ;
dotted_name : name (DOT name)* ;
import_from
    : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_targets
    | FROM (DOT | ELLIPSIS)+ IMPORT import_targets
    ;
import_targets
    : LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)*
    | STAR
    ;
import_as_name : name (AS name)? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | function_def
    | class_def
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt : ASYNC (function_def | with_stmt | for_stmt) ;

decorated : decorator+ (class_def | function_def | async_function_def) ;
decorator : AT named_expression NEWLINE ;
async_function_def : ASYNC function_def ;

function_def : DEF name LPAR parameters? RPAR (RARROW expression)? COLON block ;

class_def : CLASS name (LPAR arglist? RPAR)? COLON block ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

if_stmt   : IF named_expression COLON block elif_clause* else_block? ;
elif_clause : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : FOR target_list IN star_expressions COLON block else_block? ;

with_stmt
    : WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
    | WITH with_item (COMMA with_item)* COLON block
    ;
with_item : expression (AS star_target)? ;

try_stmt
    : TRY COLON block
      ( except_clause+ else_block? finally_block?
      | except_star_clause+ else_block? finally_block?
      | finally_block
      )
    ;
except_clause : EXCEPT (expression (AS name)?)? COLON block ;
except_star_clause : EXCEPT STAR expression (AS name)? COLON block ;
finally_block : FINALLY COLON block ;

// ---- match ----

match_stmt : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr
    : star_named_expression COMMA star_named_expressions?
    | named_expression
    ;
case_block : CASE patterns (IF named_expression)? COLON block ;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA? ;
maybe_star_pattern : STAR name | pattern ;
pattern : or_pattern (AS name)? ;
or_pattern : closed_pattern (VBAR closed_pattern)* ;
closed_pattern
    : literal_pattern                               #literalPattern
    | name_or_attr (LPAR pattern_args? RPAR)?       #namePattern
    | LPAR patterns? RPAR                           #parenPattern
    | LSQB patterns? RSQB                           #listPattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE  #mappingPattern
    ;
literal_pattern
    : signed_number ((PLUS | MINUS) NUMBER)?
    | strings
    | NONE
    | TRUE
    | FALSE
    ;
signed_number : MINUS? NUMBER ;
name_or_attr : name (DOT name)* ;
pattern_args : pattern_arg (COMMA pattern_arg)* COMMA? ;
pattern_arg : name EQUAL pattern | pattern ;
mapping_item
    : DOUBLESTAR name
    | (literal_pattern | name_or_attr) COLON pattern
    ;

// ================= parameters =================

// Shared by def (annotated) and lambda (bare names); order rules are checked by the AST builder.
parameters : parameter (COMMA parameter)* COMMA? ;
parameter
    : SLASH                                           #slashParam
    | STAR (name (COLON star_expression)?)?           #starParam
    | DOUBLESTAR name (COLON expression)?             #doubleStarParam
    | name (COLON expression)? (EQUAL expression)?    #plainParam
    ;

lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA? ;
lambda_parameter
    : SLASH                        #lambdaSlashParam
    | STAR name?                   #lambdaStarParam
    | DOUBLESTAR name              #lambdaDoubleStarParam
    | name (EQUAL expression)?     #lambdaPlainParam
    ;

// ================= targets =================

// Targets are parsed as expressions and checked by the builder (CPython's invalid_* rules).
target_list : star_target (COMMA star_target)* COMMA? ;
star_target : STAR? bitwise_or ;

// ================= expressions =================

star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression : STAR bitwise_or | expression ;
star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA? ;
star_named_expression : STAR bitwise_or | named_expression ;

named_expression : name COLONEQUAL expression | expression ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

lambdef : LAMBDA lambda_parameters? COLON expression ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

disjunction : conjunction (OR conjunction)* ;
conjunction : inversion (AND inversion)* ;
inversion : NOT inversion | comparison ;
comparison : bitwise_or (comp_op bitwise_or)* ;
comp_op
    : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL | IN | NOT IN | IS | IS NOT
    ;
bitwise_or  : bitwise_xor (VBAR bitwise_xor)* ;
bitwise_xor : bitwise_and (CIRCUMFLEX bitwise_and)* ;
bitwise_and : shift_expr (AMPER shift_expr)* ;
shift_expr  : sum ((LEFTSHIFT | RIGHTSHIFT) sum)* ;
sum         : term ((PLUS | MINUS) term)* ;
term        : factor ((STAR | SLASH | DOUBLESLASH | PERCENT | AT) factor)* ;
factor      : (PLUS | MINUS | TILDE) factor | power ;
power       : await_primary (DOUBLESTAR factor)? ;
await_primary : AWAIT? primary ;

primary : atom trailer* ;
trailer
    : DOT name                      #attributeTrailer
    | LPAR arglist? RPAR            #callTrailer
    | LSQB slices RSQB              #subscriptTrailer
    ;

slices : slice_item (COMMA slice_item)* COMMA? ;
slice_item
    : expression? COLON expression? (COLON expression?)?    #properSlice
    | STAR bitwise_or                                       #starredSlice
    | named_expression                                      #plainSlice
    ;

atom
    : name                                            #nameAtom
    | TRUE                                            #trueAtom
    | FALSE                                           #falseAtom
    | NONE                                            #noneAtom
    | strings                                         #stringAtom
    | NUMBER                                          #numberAtom
    | ELLIPSIS                                        #ellipsisAtom
    | LPAR yield_expr RPAR                            #yieldAtom
    | LPAR (star_named_expression comp_for | star_named_expressions)? RPAR   #parenAtom
    | LSQB (star_named_expression comp_for | star_named_expressions)? RSQB   #listAtom
    | LBRACE dict_or_set? RBRACE                      #braceAtom
    ;

dict_or_set
    : dict_item comp_for                                       #dictComp
    | dict_item (COMMA dict_item)* COMMA?                      #dictDisplay
    | star_named_expression comp_for                           #setComp
    | star_named_expressions                                   #setDisplay
    ;
dict_item : expression COLON expression | DOUBLESTAR bitwise_or ;

strings : STRING+ ;

comp_for : comp_clause+ ;
comp_clause : ASYNC? FOR target_list IN disjunction (IF disjunction)* ;

arglist : argument (COMMA argument)* COMMA? ;
argument
    : name EQUAL expression                   #keywordArgument
    | STAR expression                         #starArgument
    | DOUBLESTAR expression                   #doubleStarArgument
    | named_expression comp_for?              #positionalArgument
    ;

name : NAME | MATCH | CASE ;
