/** A company's cost centres (SPEC 1, 5.2): the codes that grants and employees' home cost centre histories name. */
package app.rolegate.costcentre;
