/**
 * The resumption application (复工申请) and its four-step approval (四步走): the
 * enterprise files it with its materials and a passed self-check; the town
 * accepts it, the district reviews the materials, the town verifies the site,
 * the district approves (复工批复), which puts the enterprise on the district
 * whitelist through an event. Every step has a due time, an actor, an opinion
 * and a place in the timeline the enterprise follows.
 */
package org.fugong.resumption;
